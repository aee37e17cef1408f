// Every sentence of the pages the BFF writes itself (sign-in, no access, wrong address, and the refusal /api/me
// carries for each account), by id, in each language
// it speaks. A page names its sentences by id with their values (an address, a group list); the sentence is
// chosen and its values put in, escaped, only when the reader's language is known (pages.ts). French must have
// every English id — the `satisfies` below fails the typecheck otherwise — and the same placeholders
// (page-messages.test.ts). Placeholders are `{name}`; a value may itself be a message (`none` for an empty list).
import type { PageLanguage } from './page-language.ts'

const en = {
  'throttled.title': 'Too many sign-in attempts',
  'throttled.body': 'Too many sign-in attempts from your address. Wait {seconds} seconds, then try again.',
  'returnTo.title': 'Sign-in link refused',
  'returnTo.body':
    'returnTo must be a path of this console (for example /vms); links to other sites are refused to prevent redirection elsewhere.',
  'unavailable.title': 'Sign-in is unavailable',
  'unavailable.body':
    '{cause}. Try again in a moment; if it persists, an administrator should check auth.oidc.issuer.',
  'idpError.title': 'Sign-in did not complete',
  'idpError.body': 'The identity provider did not sign you in ({answer}). Try again.',
  'otherBrowser.title': 'Sign-in not started in this browser',
  'otherBrowser.body':
    'This sign-in answer belongs to a sign-in that was not started in this browser, or that is older than 10 minutes, so it was not used. Start the sign-in again from this browser.',
  'expired.title': 'Sign-in link expired',
  'expired.body':
    'This sign-in answer is not valid any more: it was already used or is older than 10 minutes. Start the sign-in again.',
  'unverified.title': 'Sign-in could not be verified',
  'unverified.body':
    "The identity provider's answer could not be verified ({cause}). Start the sign-in again; if it persists, an administrator should check auth.oidc.",
  'noAccess.title': 'You cannot use this console yet',
  'noAccess.body':
    '{person} is not allowed to use this console: none of your groups ({groups}) is bound to a role. Ask the administrator of this console to bind one of your identity-provider groups to a role in the console configuration (bindings).',
  'noAccess.noGroups': 'none',
  'noAccess.bound': 'Groups that give access here: {groups}.',
  'noAccess.noneBound': 'none configured',
  'wrongHost.title': 'This is not the address of the console',
  'wrongHost.body':
    'This console answers at {origin} only, and this request was addressed to "{host}". Open {url}; if that is not where people reach it, an administrator sets publicUrl to the address they use.',
  'wrongHost.bodyNoHost':
    'This console answers at {origin} only, and this request was addressed to no host. Open {url}; if that is not where people reach it, an administrator sets publicUrl to the address they use.',
  'link.openConsole': 'Open the console',
  'link.openUrl': 'Open {url}',
  'link.signInAgain': 'Sign in again',
  'link.signInAsSomeoneElse': 'Sign in as someone else',
  'denied.role':
    'Your role on {account} is {role}, which does not allow this. Ask a console administrator if you need it.',
} as const

export type PageMessageId = keyof typeof en

const fr = {
  'throttled.title': 'Trop de tentatives de connexion',
  'throttled.body':
    'Trop de tentatives de connexion depuis votre adresse. Attendez {seconds}\u00a0secondes, puis réessayez.',
  'returnTo.title': 'Lien de connexion refusé',
  'returnTo.body':
    'returnTo doit être un chemin de cette console (par exemple /vms)\u202f; les liens vers d’autres sites sont refusés pour empêcher une redirection ailleurs.',
  'unavailable.title': 'La connexion est indisponible',
  'unavailable.body':
    '{cause}. Réessayez dans un instant\u202f; si cela persiste, un administrateur doit vérifier auth.oidc.issuer.',
  'idpError.title': 'La connexion n’a pas abouti',
  'idpError.body': 'Le fournisseur d’identité ne vous a pas connecté ({answer}). Réessayez.',
  'otherBrowser.title': 'Connexion non commencée dans ce navigateur',
  'otherBrowser.body':
    'Cette réponse de connexion appartient à une connexion qui n’a pas été commencée dans ce navigateur, ou qui date de plus de 10\u00a0minutes\u202f: elle n’a donc pas été utilisée. Recommencez la connexion depuis ce navigateur.',
  'expired.title': 'Lien de connexion expiré',
  'expired.body':
    'Cette réponse de connexion n’est plus valable\u00a0: elle a déjà servi ou date de plus de 10\u00a0minutes. Recommencez la connexion.',
  'unverified.title': 'La connexion n’a pas pu être vérifiée',
  'unverified.body':
    'La réponse du fournisseur d’identité n’a pas pu être vérifiée ({cause}). Recommencez la connexion\u202f; si cela persiste, un administrateur doit vérifier auth.oidc.',
  'noAccess.title': 'Vous ne pouvez pas encore utiliser cette console',
  'noAccess.body':
    '{person} n’est pas autorisé à utiliser cette console\u00a0: aucun de vos groupes ({groups}) n’est associé à un rôle. Demandez à l’administrateur de cette console d’associer l’un de vos groupes du fournisseur d’identité à un rôle dans la configuration de la console (bindings).',
  'noAccess.noGroups': 'aucun',
  'noAccess.bound': 'Groupes qui donnent accès ici\u00a0: {groups}.',
  'noAccess.noneBound': 'aucun n’est configuré',
  'wrongHost.title': 'Ce n’est pas l’adresse de la console',
  'wrongHost.body':
    'Cette console répond à l’adresse {origin} seulement, et cette requête était adressée à «\u00a0{host}\u00a0». Ouvrez {url}\u202f; si ce n’est pas là que l’on y accède, un administrateur indique dans publicUrl l’adresse utilisée.',
  'wrongHost.bodyNoHost':
    'Cette console répond à l’adresse {origin} seulement, et cette requête n’était adressée à aucun hôte. Ouvrez {url}\u202f; si ce n’est pas là que l’on y accède, un administrateur indique dans publicUrl l’adresse utilisée.',
  'link.openConsole': 'Ouvrir la console',
  'link.openUrl': 'Ouvrir {url}',
  'link.signInAgain': 'Se reconnecter',
  'link.signInAsSomeoneElse': 'Se connecter sous une autre identité',
  'denied.role':
    'Votre rôle sur {account} est {role}, qui ne le permet pas. Demandez à un administrateur de la console si vous en avez besoin.',
} satisfies Record<PageMessageId, string>

export const pageMessages: Record<PageLanguage, Record<PageMessageId, string>> = { en, fr }

/** The names between braces in an English message: `'Wait {seconds} s'` → `'seconds'`. */
type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never

/**
 * Words the console did not write (the identity provider's answer, an error's own text): shown as they came, and
 * marked as English on a page in another language, so a screen reader pronounces them right.
 */
export interface Foreign {
  foreign: string
}

export type PageValue = string | number | Foreign | PageText

/** A sentence of a page, by id, with its values; written out once the reader's language is known. */
export interface PageText {
  id: PageMessageId
  values: Readonly<Record<string, PageValue>>
}

type ValuesOf<K extends PageMessageId> = Record<Placeholders<(typeof en)[K]>, PageValue>

/** The sentence `id` with its values: a missing or unknown placeholder fails the typecheck. */
export function pageText<K extends PageMessageId>(
  id: K,
  ...values: [Placeholders<(typeof en)[K]>] extends [never] ? [] : [ValuesOf<K>]
): PageText {
  return { id, values: values[0] ?? {} }
}

export const foreign = (text: string): Foreign => ({ foreign: text })

/** The names between braces in a message as written (for the catalogue's test). */
export function placeholdersOf(message: string): string[] {
  return [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort()
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

function write(
  text: PageText,
  language: PageLanguage,
  show: (value: string | number | Foreign) => string,
  literal: (s: string) => string,
): string {
  const message = pageMessages[language][text.id]
  return message
    .split(/(\{\w+\})/)
    .map((part, i) => {
      if (i % 2 === 0) return literal(part)
      const value = text.values[part.slice(1, -1)]
      if (value === undefined) return literal(part)
      return typeof value === 'object' && 'id' in value ? write(value, language, show, literal) : show(value)
    })
    .join('')
}

/** The sentence as HTML in `language`: the one place values are escaped. */
export function pageHtml(text: PageText, language: PageLanguage): string {
  return write(
    text,
    language,
    (value) =>
      typeof value === 'object'
        ? language === 'en'
          ? escapeHtml(value.foreign)
          : `<span lang="en">${escapeHtml(value.foreign)}</span>`
        : escapeHtml(String(value)),
    escapeHtml,
  )
}

/** The sentence as plain text (a JSON error's message, an audit entry). */
export function pagePlain(text: PageText, language: PageLanguage = 'en'): string {
  return write(
    text,
    language,
    (value) => (typeof value === 'object' ? value.foreign : String(value)),
    (s) => s,
  )
}

export { escapeHtml }
