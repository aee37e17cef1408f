// The message catalogues. English is the source: its keys are the only valid message ids (a misspelt id fails the
// typecheck), and every other language must translate each of them (a missing one fails the typecheck too, through
// `Translation`). Each language is its own chunk, so the first page carries only the reader's language.
import type en from './en.ts'
import type { Locale } from './locale.ts'

export type MessageId = keyof typeof en
export type Messages = Record<MessageId, string>

/** A feature's French (or other) catalogue: exactly the keys of its English one, each a string. */
export type Translation<Source> = { [Id in keyof Source]: string }

export const loadMessages: Record<Locale, () => Promise<Messages>> = {
  en: () => import('./en.ts').then((m) => m.default),
  fr: () => import('./fr.ts').then((m) => m.default),
}
