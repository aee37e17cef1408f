// The message catalogues. English is the source: its keys are the only valid message ids (a misspelt id fails the
// typecheck), and every other language must translate each of them (a missing one fails the typecheck too, through
// `Translation`). Each language is its own chunk, so the first page carries only the reader's language; the words of
// whole groups of pages (the network pages, the security-group pages) are a chunk of their own too, loaded by those pages' routes.
import type en from './en.ts'
import type networkEn from './network.en.ts'
import type securityGroupsEn from './security-groups.en.ts'
import type { Locale } from './locale.ts'

/** Catalogues that come with the pages that use them, by name. */
const pageCatalogueSources = {
  network: {
    en: () => import('./network.en.ts').then((m) => m.default),
    fr: () => import('./network.fr.ts').then((m) => m.default),
  },
  securityGroups: {
    en: () => import('./security-groups.en.ts').then((m) => m.default),
    fr: () => import('./security-groups.fr.ts').then((m) => m.default),
  },
}
export type PageCatalogue = keyof typeof pageCatalogueSources
interface PageCatalogueIds {
  network: keyof typeof networkEn
  securityGroups: keyof typeof securityGroupsEn
}

export type MessageId = keyof typeof en | PageCatalogueIds[PageCatalogue]
export type Messages = Record<MessageId, string>
/** What the first route carries: every message but those of page catalogues. */
export type FirstRouteMessages = Record<keyof typeof en, string>
/** One page catalogue in one language. */
export type PageMessages<Name extends PageCatalogue> = Record<PageCatalogueIds[Name], string>

/** A feature's French (or other) catalogue: exactly the keys of its English one, each a string. */
export type Translation<Source> = { [Id in keyof Source]: string }

export const loadMessages: Record<Locale, () => Promise<FirstRouteMessages>> = {
  en: () => import('./en.ts').then((m) => m.default),
  fr: () => import('./fr.ts').then((m) => m.default),
}

export const loadPageCatalogue: {
  [Name in PageCatalogue]: Record<Locale, () => Promise<PageMessages<Name>>>
} = pageCatalogueSources
