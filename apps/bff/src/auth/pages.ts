// Pages a person may land on during sign-in (the browser navigates to /auth/*, so these are HTML, not JSON), in
// the person's language (page-language.ts). A page is written in English where it is decided and rendered when it
// is sent, once the language is known; French comes from the table below, which recognises each English text and
// keeps its variable parts (an address, a group list, the identity provider's own words) as they were. A text the
// table does not know is shown in English, marked `lang="en"`, rather than not at all.
import type { PageLanguage } from './page-language.ts'

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

const STYLE = `body{font-family:system-ui,sans-serif;background:#f4f5f7;color:#1d2330;margin:0}
main{max-width:36rem;margin:4rem auto;background:#fff;border-radius:6px;box-shadow:0 1px 3px rgba(0,0,0,.2);padding:1.5rem 2rem}
h1{font-size:1.3rem;margin-top:0}a{color:#1f5fbf}code{background:#eef0f4;padding:0 .2rem;border-radius:3px}`

export interface AuthPageContent {
  title: string
  paragraphs: string[]
  links?: { href: string; text: string }[]
}

/** A sign-in page, written once its reader's language is known (see sendPage). */
export interface AuthPage {
  render(language: PageLanguage): string
}

export function authPage(content: AuthPageContent): AuthPage {
  return { render: (language) => renderAuthPage(content, language) }
}

/** French HTML for an English text, or undefined when the table does not know it. */
type Translator = (english: string) => string | undefined

/** English words from elsewhere (the identity provider's answer, an error): kept as they are, said to be English. */
const kept = (s: string) => `<span lang="en">${escapeHtml(s)}</span>`

const exact = (pairs: Record<string, string>): Translator => {
  const table = new Map(Object.entries(pairs))
  return (english) => {
    const french = table.get(english)
    return french === undefined ? undefined : escapeHtml(french)
  }
}

const pattern =
  (re: RegExp, french: (...parts: string[]) => string): Translator =>
  (english) => {
    const match = re.exec(english)
    return match ? french(...match.slice(1)) : undefined
  }

/** A group list, or the English word the list is replaced by when it is empty. */
const groupsInFrench = (groups: string, none: string, frenchNone: string) =>
  escapeHtml(groups === none ? frenchNone : groups)

const french: Translator[] = [
  exact({
    'Too many sign-in attempts': 'Trop de tentatives de connexion',
    'Sign-in link refused': 'Lien de connexion refusé',
    'Sign-in is unavailable': 'La connexion est indisponible',
    'Sign-in did not complete': 'La connexion n’a pas abouti',
    'Sign-in link expired': 'Lien de connexion expiré',
    'Sign-in could not be verified': 'La connexion n’a pas pu être vérifiée',
    'You cannot use this console yet': 'Vous ne pouvez pas encore utiliser cette console',
    'Open the console': 'Ouvrir la console',
    'Sign in again': 'Se reconnecter',
    'Sign in as someone else': 'Se connecter sous une autre identité',
    'returnTo must be a path of this console (for example /vms); links to other sites are refused to prevent redirection elsewhere.':
      'returnTo doit être un chemin de cette console (par exemple /vms)\u202f; les liens vers d’autres sites sont refusés pour empêcher une redirection ailleurs.',
    'This sign-in answer is not valid any more: it was already used or is older than 10 minutes. Start the sign-in again.':
      'Cette réponse de connexion n’est plus valable\u00a0: elle a déjà servi ou date de plus de 10 minutes. Recommencez la connexion.',
  }),
  pattern(
    /^Too many sign-in attempts from your address\. Wait (\d+) seconds, then try again\.$/,
    (seconds) =>
      `Trop de tentatives de connexion depuis votre adresse. Attendez ${escapeHtml(seconds)} secondes, puis réessayez.`,
  ),
  pattern(
    /^([\s\S]*)\. Try again in a moment; if it persists, an administrator should check auth\.oidc\.issuer\.$/,
    (cause) =>
      `${kept(cause)}. Réessayez dans un instant\u202f; si cela persiste, un administrateur doit vérifier auth.oidc.issuer.`,
  ),
  pattern(
    /^The identity provider did not sign you in \(([\s\S]*)\)\. Try again\.$/,
    (answer) => `Le fournisseur d’identité ne vous a pas connecté (${kept(answer)}). Réessayez.`,
  ),
  pattern(
    /^The identity provider's answer could not be verified \(([\s\S]*)\)\. Start the sign-in again; if it persists, an administrator should check auth\.oidc\.$/,
    (cause) =>
      `La réponse du fournisseur d’identité n’a pas pu être vérifiée (${kept(cause)}). Recommencez la connexion\u202f; si cela persiste, un administrateur doit vérifier auth.oidc.`,
  ),
  pattern(
    /^([\s\S]*) is not allowed to use this console: none of your groups \(([\s\S]*)\) is bound to a role\. Ask the administrator of this console to bind one of your identity-provider groups to a role in the console configuration \(bindings\)\.$/,
    (person, groups) =>
      `${escapeHtml(person)} n’est pas autorisé à utiliser cette console\u00a0: aucun de vos groupes (${groupsInFrench(groups, 'none', 'aucun')}) n’est associé à un rôle. Demandez à l’administrateur de cette console d’associer l’un de vos groupes du fournisseur d’identité à un rôle dans la configuration de la console (bindings).`,
  ),
  pattern(
    /^Groups that give access here: ([\s\S]*)\.$/,
    (groups) =>
      `Groupes qui donnent accès ici\u00a0: ${groupsInFrench(groups, 'none configured', 'aucun n’est configuré')}.`,
  ),
]

/** The text as HTML in `language`, or the English text marked as English when no translation is known. */
function say(english: string, language: PageLanguage): string {
  if (language === 'fr') {
    for (const translate of french) {
      const html = translate(english)
      if (html !== undefined) return html
    }
    return kept(english)
  }
  return escapeHtml(english)
}

function renderAuthPage(content: AuthPageContent, language: PageLanguage): string {
  const title = say(content.title, language)
  const ps = content.paragraphs.map((p) => `<p>${say(p, language)}</p>`).join('')
  const links = (content.links ?? [])
    .map((l) => `<p><a href="${escapeHtml(l.href)}">${say(l.text, language)}</a></p>`)
    .join('')
  // The <title> holds text only, so the tags a kept part carries are dropped there.
  const titleText = title.replace(/<[^>]*>/g, '')
  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${titleText} — OSC Console</title><style>${STYLE}</style></head>
<body><main><h1>${title}</h1>${ps}${links}</main></body></html>`
}
