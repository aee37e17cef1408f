// The words the page holds: the shell's, loaded before the first page draws, and each page's, loaded with the page
// (catalog.ts says which). Only the reader's language is ever fetched; a switch fetches every catalogue already
// loaded in the other language first, then swaps them all at once, so no page shows a message id while words load.
import type { Locale } from './locale.ts'

type Catalogue = Record<string, string>

/** A feature's words: its English catalogue and its translations, each its own chunk. */
export interface Words<En extends Catalogue = Catalogue> {
  en: () => Promise<{ default: En }>
  fr: () => Promise<{ default: Translation<En> }>
}

/** A feature's French (or other) catalogue: exactly the keys of its English one, each a string. */
export type Translation<Source> = { [Id in keyof Source]: string }

/**
 * `words(() => import('./messages.en.ts'), () => import('./messages.fr.ts'))`: the French must translate every
 * English id, or this call fails the typecheck.
 */
export function words<En extends Catalogue>(
  en: () => Promise<{ default: En }>,
  fr: () => Promise<{ default: Translation<En> }>,
): Words<En> {
  return { en, fr }
}

export interface WordsState {
  locale: Locale
  messages: Readonly<Catalogue>
}

let state: WordsState = { locale: 'en', messages: {} }
/** Every catalogue the page has asked for, in whichever language: a switch loads them all again. */
const wanted = new Set<Words>()
/** The catalogues merged into `state.messages`, for `state.locale`. */
let held = new Set<Words>()
const fetches = new Map<Words, Partial<Record<Locale, Promise<Catalogue>>>>()
const listeners = new Set<() => void>()
let switches = 0

function fetchWords(w: Words, locale: Locale): Promise<Catalogue> {
  const byLocale = fetches.get(w) ?? {}
  fetches.set(w, byLocale)
  const pending = (byLocale[locale] ??= w[locale]().then((m) => m.default as Catalogue))
  // A chunk that failed to load (a network blip, a deploy) is fetched again next time instead of failing forever.
  pending.catch(() => delete byLocale[locale])
  return pending
}

function publish(next: WordsState, nextHeld: Set<Words>) {
  state = next
  held = nextHeld
  for (const listener of listeners) listener()
}

/**
 * Loads these catalogues in the current language and merges them into the messages; undefined when they are all
 * there already (a route's beforeLoad then costs nothing).
 */
export function loadWords(list: readonly Words[]): Promise<void> | undefined {
  for (const w of list) wanted.add(w)
  if (list.every((w) => held.has(w))) return undefined
  return (async () => {
    for (;;) {
      const locale = state.locale
      const missing = list.filter((w) => !held.has(w))
      if (missing.length === 0) return
      const loaded = await Promise.all(missing.map((w) => fetchWords(w, locale)))
      // The reader switched language meanwhile: these words are in the old one; load them again in the new.
      if (state.locale !== locale) continue
      const nextHeld = new Set(held)
      for (const w of missing) nextHeld.add(w)
      publish({ locale, messages: Object.assign({}, state.messages, ...loaded) }, nextHeld)
    }
  })()
}

/** Loads every catalogue asked for so far in `locale`, then swaps the language and all its words at once. */
export async function switchWords(locale: Locale): Promise<void> {
  const turn = ++switches
  for (;;) {
    const list = [...wanted]
    const loaded = await Promise.all(list.map((w) => fetchWords(w, locale)))
    // The reader chose yet another language meanwhile: that choice wins.
    if (turn !== switches) return
    // A page asked for more words while these loaded: load those too before swapping.
    if (wanted.size !== list.length) continue
    publish({ locale, messages: Object.assign({}, ...loaded) }, new Set(list))
    return
  }
}

export function wordsState(): WordsState {
  return state
}

export function subscribeWords(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Starts from no words in the reader's language (main.tsx, before anything loads; and tests). */
export function startWords(locale: Locale): void {
  wanted.clear()
  fetches.clear()
  publish({ locale, messages: {} }, new Set())
}
