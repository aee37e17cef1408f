// The words of page catalogues, kept outside React so that a route's loader can ask for them before its page draws
// (`ensurePageCatalogue('network')`), and so that switching language loads them again in the new language.
import { loadPageCatalogue, type PageCatalogue } from './catalog.ts'
import type { Locale } from './locale.ts'

const loaded = new Map<string, Record<string, string>>()
const wanted = new Set<PageCatalogue>()
const listeners = new Set<() => void>()
let version = 0
let currentLocale: Locale = 'en'

const key = (name: PageCatalogue, locale: Locale) => `${name}:${locale}`

async function load(name: PageCatalogue, locale: Locale): Promise<void> {
  if (loaded.has(key(name, locale))) return
  loaded.set(key(name, locale), await loadPageCatalogue[name][locale]())
  version++
  for (const listener of listeners) listener()
}

/** Loads a page catalogue in the reader's language; resolves at once when it is there already. */
export function ensurePageCatalogue(name: PageCatalogue): Promise<void> {
  wanted.add(name)
  return load(name, currentLocale)
}

/** Before a language switch: the catalogues the pages asked for, in the new language. */
export async function preparePageCatalogues(locale: Locale): Promise<void> {
  await Promise.all([...wanted].map((name) => load(name, locale)))
}

/** The language the provider shows; loaders load page catalogues in it. */
export function setPageLocale(locale: Locale): void {
  currentLocale = locale
}

/** Every loaded page catalogue's messages in one language. */
export function pageMessages(locale: Locale): Record<string, string> {
  const out: Record<string, string> = {}
  for (const name of wanted) Object.assign(out, loaded.get(key(name, locale)))
  return out
}

export function subscribePageMessages(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export const pageMessagesVersion = () => version
