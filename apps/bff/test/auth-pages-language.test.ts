// The BFF's own pages (sign-in, no access, wrong address) answer in the person's language over real HTTP: the one
// chosen in the console (osc_locale cookie), else the browser's Accept-Language, else English, with <html lang> to
// match.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Browser, signIn, startAuthApp, startTestIdp } from './auth-harness.ts'
import type { AuthApp } from './auth-harness.ts'
import { rawRequest } from './security/raw-http.ts'

type Idp = Awaited<ReturnType<typeof startTestIdp>>
let idp: Idp
let app: AuthApp
/** Allows one sign-in start a minute, so the next is refused with the throttled page. */
let throttledApp: AuthApp
/** Its identity provider does not answer, so sign-in cannot start. */
let idpDownApp: AuthApp

beforeAll(async () => {
  idp = await startTestIdp()
  app = await startAuthApp({ idpUrl: idp.url })
  throttledApp = await startAuthApp({ idpUrl: idp.url, auth: { signInAttemptsPerMinute: 1 } })
  idpDownApp = await startAuthApp({ idpUrl: 'http://127.0.0.1:9' })
  await fetch(`${throttledApp.url}/auth/login?returnTo=/`, { redirect: 'manual' })
})
afterAll(async () => {
  await app?.close()
  await throttledApp?.close()
  await idpDownApp?.close()
  await idp?.close()
})

/** A sign-in link to another site, which the console refuses with a page. */
async function refusedLink(headers: Record<string, string>) {
  const res = await fetch(
    `${app.url}/auth/login?returnTo=${encodeURIComponent('https://elsewhere.example/')}`,
    {
      redirect: 'manual',
      headers: { accept: 'text/html', ...headers },
    },
  )
  expect(res.status).toBe(400)
  expect(res.headers.get('vary')).toMatch(/Accept-Language/)
  return res.text()
}

const lang = (html: string) => /<html lang="([^"]+)"/.exec(html)?.[1]

describe('the sign-in pages', () => {
  it('answer in French to a browser that prefers French', async () => {
    const html = await refusedLink({ 'accept-language': 'fr-FR,fr;q=0.9,en;q=0.5' })
    expect(lang(html)).toBe('fr')
    expect(html).toContain('<title>Lien de connexion refusé — OSC Console</title>')
    expect(html).toContain('<h1>Lien de connexion refusé</h1>')
    expect(html).toContain('returnTo doit être un chemin de cette console')
    expect(html).toContain('>Ouvrir la console</a>')
    // Every sentence is translated: nothing left in English on this page.
    expect(html).not.toContain('lang="en"')
  })

  it('answer in English by default, and to a language the console does not speak', async () => {
    const browsers: Record<string, string>[] = [{}, { 'accept-language': 'de-DE,de;q=0.9' }]
    for (const headers of browsers) {
      const html = await refusedLink(headers)
      expect(lang(html)).toBe('en')
      expect(html).toContain('<h1>Sign-in link refused</h1>')
      expect(html).toContain('returnTo must be a path of this console')
    }
  })

  it('follow the language chosen in the console over the browser’s', async () => {
    expect(lang(await refusedLink({ cookie: 'osc_locale=en', 'accept-language': 'fr' }))).toBe('en')
    const html = await refusedLink({ cookie: 'other=1; osc_locale=fr', 'accept-language': 'en-US' })
    expect(lang(html)).toBe('fr')
    expect(html).toContain('Lien de connexion refusé')
    // A value the console does not speak is not a choice: the browser's language applies.
    expect(lang(await refusedLink({ cookie: 'osc_locale=xx', 'accept-language': 'fr' }))).toBe('fr')
  })

  it('keep the identity provider’s own words as sent, marked as English, inside the French sentence', async () => {
    const browser = new Browser()
    const login = await browser.fetch(`${app.url}/auth/login?returnTo=/`)
    const state = new URL(login.headers.get('location') ?? '').searchParams.get('state') ?? ''
    const res = await browser.fetch(
      `${app.url}/auth/callback?error=access_denied&error_description=cancelled&state=${encodeURIComponent(state)}`,
      { headers: { accept: 'text/html', 'accept-language': 'fr' } },
    )
    expect(res.status).toBe(400)
    const html = await res.text()
    expect(lang(html)).toBe('fr')
    expect(html).toContain(
      'Le fournisseur d’identité ne vous a pas connecté (<span lang="en">access_denied: cancelled</span>). Réessayez.',
    )
    expect(html).toContain('>Se reconnecter</a>')
  })
})

describe('the no-access page', () => {
  it('tells nobody in French, chosen in the console, why and whom to ask', async () => {
    const browser = new Browser()
    browser.set(app.url, 'osc_locale', 'fr')
    const done = await signIn(browser, app, 'nobody')
    expect(done.res.status).toBe(403)
    const html = await done.res.text()
    expect(lang(html)).toBe('fr')
    expect(html).toContain('<h1>Vous ne pouvez pas encore utiliser cette console</h1>')
    expect(html).toContain('aucun de vos groupes (aucun) n’est associé à un rôle')
    expect(html).toContain('Groupes qui donnent accès ici\u00a0: console-admins, console-operators')
    expect(html).toContain('>Se connecter sous une autre identité</a>')
    expect(html).not.toContain('lang="en"')
  })

  it('is in English without a choice or a French browser', async () => {
    const done = await signIn(new Browser(), app, 'nobody')
    const html = await done.res.text()
    expect(lang(html)).toBe('en')
    expect(html).toContain('<h1>You cannot use this console yet</h1>')
  })
})

describe('the refusal /api/me carries for each account', () => {
  it('is worded in the language vera chose in the console, and in English otherwise', async () => {
    const french = new Browser()
    french.set(app.url, 'osc_locale', 'fr')
    await signIn(french, app, 'vera')
    const me = (await (await french.api(app, '/api/me')).json()) as { accounts: { deniedReason: string }[] }
    expect(me.accounts[0]?.deniedReason).toBe(
      'Votre rôle sur Demo (Europe) est viewer, qui ne le permet pas. Demandez à un administrateur de la console si vous en avez besoin.',
    )
    const english = new Browser()
    await signIn(english, app, 'vera')
    const meEn = (await (await english.api(app, '/api/me')).json()) as {
      accounts: { deniedReason: string }[]
    }
    expect(meEn.accounts[0]?.deniedReason).toBe(
      'Your role on Demo (Europe) is viewer, which does not allow this. Ask a console administrator if you need it.',
    )
  })
})

/** How a reader says which language they read: nothing, their browser's languages, or the console's cookie. */
type Reader = 'english' | 'french browser' | 'french chosen'

/** A browser that sends its languages on every request, as browsers do. */
class ReaderBrowser extends Browser {
  constructor(private readonly languages: string) {
    super()
  }
  override fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers)
    if (!headers.has('accept-language')) headers.set('accept-language', this.languages)
    return super.fetch(url, { ...init, headers })
  }
}

/** A browser as `reader`: its cookie jar holds the console's language cookie when the reader chose one. */
function browserOf(reader: Reader): { browser: Browser; headers: Record<string, string> } {
  const languages = reader === 'french browser' ? 'fr-FR,fr;q=0.9,en;q=0.5' : 'en-US,en;q=0.8'
  const browser = new ReaderBrowser(languages)
  if (reader === 'french chosen') browser.set(app.url, 'osc_locale', 'fr')
  return { browser, headers: { accept: 'text/html', 'accept-language': languages } }
}

/** Plain HTTP headers for `reader` on a request without a cookie jar. */
function headersOf(reader: Reader): Record<string, string> {
  const { headers } = browserOf(reader)
  return reader === 'french chosen' ? { ...headers, cookie: 'osc_locale=fr' } : headers
}

async function startedSignIn(reader: Reader) {
  const { browser, headers } = browserOf(reader)
  const login = await browser.fetch(`${app.url}/auth/login?returnTo=/`)
  const state = new URL(login.headers.get('location') ?? '').searchParams.get('state') ?? ''
  return { browser, headers, state }
}

interface Shown {
  status: number
  html: string
}
const shown = async (res: Response): Promise<Shown> => ({ status: res.status, html: await res.text() })

/** Each page the BFF writes, how a reader reaches it, and its title in each language. */
const pages: {
  name: string
  status: number
  en: string
  fr: string
  /** Whether the page carries words from elsewhere (marked lang="en" on a French page). */
  foreignWords?: boolean
  open(reader: Reader): Promise<Shown>
}[] = [
  {
    name: 'too many sign-in attempts',
    status: 429,
    en: 'Too many sign-in attempts',
    fr: 'Trop de tentatives de connexion',
    open: async (reader) =>
      shown(
        await fetch(`${throttledApp.url}/auth/login?returnTo=/`, {
          redirect: 'manual',
          headers: headersOf(reader),
        }),
      ),
  },
  {
    name: 'sign-in link to another site',
    status: 400,
    en: 'Sign-in link refused',
    fr: 'Lien de connexion refusé',
    open: async (reader) =>
      shown(
        await fetch(`${app.url}/auth/login?returnTo=${encodeURIComponent('https://elsewhere.example/')}`, {
          redirect: 'manual',
          headers: headersOf(reader),
        }),
      ),
  },
  {
    name: 'identity provider unreachable',
    status: 502,
    en: 'Sign-in is unavailable',
    fr: 'La connexion est indisponible',
    foreignWords: true,
    open: async (reader) =>
      shown(
        await fetch(`${idpDownApp.url}/auth/login?returnTo=/`, {
          redirect: 'manual',
          headers: headersOf(reader),
        }),
      ),
  },
  {
    name: 'identity provider error answer',
    status: 400,
    en: 'Sign-in did not complete',
    fr: 'La connexion n’a pas abouti',
    foreignWords: true,
    open: async (reader) => {
      const { browser, headers, state } = await startedSignIn(reader)
      return shown(
        await browser.fetch(
          `${app.url}/auth/callback?error=access_denied&state=${encodeURIComponent(state)}`,
          {
            headers,
          },
        ),
      )
    },
  },
  {
    name: 'sign-in answer from another browser',
    status: 400,
    en: 'Sign-in not started in this browser',
    fr: 'Connexion non commencée dans ce navigateur',
    open: async (reader) => {
      const { state } = await startedSignIn('english')
      const { browser, headers } = browserOf(reader)
      return shown(
        await browser.fetch(`${app.url}/auth/callback?code=c&state=${encodeURIComponent(state)}`, {
          headers,
        }),
      )
    },
  },
  {
    name: 'identity provider answer not verified',
    status: 400,
    en: 'Sign-in could not be verified',
    fr: 'La connexion n’a pas pu être vérifiée',
    foreignWords: true,
    open: async (reader) => {
      const { browser, headers, state } = await startedSignIn(reader)
      return shown(
        await browser.fetch(`${app.url}/auth/callback?code=forged&state=${encodeURIComponent(state)}`, {
          headers,
        }),
      )
    },
  },
  {
    name: 'sign-in answer used twice',
    status: 400,
    en: 'Sign-in link expired',
    fr: 'Lien de connexion expiré',
    open: async (reader) => {
      const { browser, headers, state } = await startedSignIn(reader)
      const callback = `${app.url}/auth/callback?code=forged&state=${encodeURIComponent(state)}`
      await browser.fetch(callback, { headers })
      // The browser that started it brings the same answer again.
      browser.set(app.url, 'osc-console-sign-in', state)
      return shown(await browser.fetch(callback, { headers }))
    },
  },
  {
    name: 'no access',
    status: 403,
    en: 'You cannot use this console yet',
    fr: 'Vous ne pouvez pas encore utiliser cette console',
    open: async (reader) => {
      const done = await signIn(browserOf(reader).browser, { url: app.url }, 'nobody')
      return shown(done.res)
    },
  },
  {
    name: 'wrong address',
    status: 421,
    en: 'This is not the address of the console',
    fr: 'Ce n’est pas l’adresse de la console',
    open: async (reader) => {
      const answer = await rawRequest(app.url, '/vms', {
        headers: { ...headersOf(reader), Host: 'rebind.evil' },
      })
      return { status: answer.status, html: answer.text }
    },
  },
]

describe.each(pages)('the page “$name”', (page) => {
  it.each(['french browser', 'french chosen'] as const)('is in French for a %s', async (reader) => {
    const { status, html } = await page.open(reader)
    expect(status).toBe(page.status)
    expect(lang(html)).toBe('fr')
    expect(html).toContain(`<h1>${page.fr}</h1>`)
    expect(html).toContain(`<title>${page.fr} — OSC Console</title>`)
    // Only words from elsewhere stay in English, marked so.
    if (!page.foreignWords) expect(html).not.toContain('lang="en"')
  })

  it('is in English otherwise', async () => {
    const { status, html } = await page.open('english')
    expect(status).toBe(page.status)
    expect(lang(html)).toBe('en')
    expect(html).toContain(`<h1>${page.en}</h1>`)
  })
})
