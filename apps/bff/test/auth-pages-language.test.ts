// The BFF's own pages (sign-in, no access) answer in the person's language over real HTTP: the one chosen in the
// console (osc_locale cookie), else the browser's Accept-Language, else English, with <html lang> to match.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Browser, signIn, startAuthApp, startTestIdp } from './auth-harness.ts'
import type { AuthApp } from './auth-harness.ts'

type Idp = Awaited<ReturnType<typeof startTestIdp>>
let idp: Idp
let app: AuthApp

beforeAll(async () => {
  idp = await startTestIdp()
  app = await startAuthApp({ idpUrl: idp.url })
})
afterAll(async () => {
  await app?.close()
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
