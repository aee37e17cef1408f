// A person's language follows them: chosen in one browser (PUT /api/me/locale), it is returned by /api/me and set
// as the language cookie when they sign in from another browser, over real HTTP through the development IdP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Browser, signIn, startAuthApp, startTestIdp } from './auth-harness.ts'
import type { AuthApp, Me } from './auth-harness.ts'
import { startHarness, type Harness } from './harness.ts'

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

/** The request the console's page sends when the person picks a language. */
const consoleHeaders = {
  accept: 'application/json',
  'content-type': 'application/json',
  'x-requested-with': 'osc-console',
  'sec-fetch-site': 'same-origin',
}

function chooseLocale(
  browser: Browser,
  body: unknown,
  headers: Record<string, string> = consoleHeaders,
): Promise<Response> {
  return browser.fetch(`${app.url}/api/me/locale`, { method: 'PUT', headers, body: JSON.stringify(body) })
}

async function localeOf(browser: Browser): Promise<Me['locale']> {
  const res = await browser.api(app, '/api/me')
  expect(res.status).toBe(200)
  return ((await res.json()) as Me).locale
}

async function signedIn(username: string): Promise<Browser> {
  const browser = new Browser()
  const done = await signIn(browser, app, username)
  expect(done.res.status).toBe(302)
  return browser
}

describe('the language a person chooses', () => {
  it('is kept with the person and follows them to another browser at sign-in', async () => {
    const first = await signedIn('alice')
    expect(await localeOf(first)).toBeNull()

    const res = await chooseLocale(first, { locale: 'fr' })
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ locale: 'fr' })
    expect(res.headers.getSetCookie().find((c) => c.startsWith('osc_locale='))).toMatch(
      /^osc_locale=fr; Path=\/; Max-Age=31536000; SameSite=Lax$/,
    )
    expect(await localeOf(first)).toBe('fr')

    // Another browser, which never saw the choice: the sign-in brings it.
    const second = new Browser()
    expect(second.cookie(app.url, 'osc_locale')).toBeUndefined()
    const done = await signIn(second, app, 'alice')
    expect(done.res.status).toBe(302)
    expect(second.cookie(app.url, 'osc_locale')).toBe('fr')
    expect(await localeOf(second)).toBe('fr')

    // Changing it again replaces it; someone else's is untouched.
    expect((await chooseLocale(second, { locale: 'en' })).status).toBe(200)
    expect(await localeOf(first)).toBe('en')
    expect(await localeOf(await signedIn('oscar'))).toBeNull()
  })

  it('goes back to following the browser’s languages when the person asks, in this browser and at the next sign-in', async () => {
    const browser = await signedIn('bill')
    expect((await chooseLocale(browser, { locale: 'fr' })).status).toBe(200)
    const back = await chooseLocale(browser, { locale: null })
    expect(back.status).toBe(200)
    expect(await back.json()).toEqual({ locale: null })
    expect(back.headers.getSetCookie().find((c) => c.startsWith('osc_locale='))).toMatch(
      /^osc_locale=; Path=\/; Max-Age=0; SameSite=Lax$/,
    )
    expect(await localeOf(browser)).toBeNull()
    const elsewhere = await signedIn('bill')
    expect(elsewhere.setCookies.some((c) => c.startsWith('osc_locale='))).toBe(false)
  })

  it('sets no language cookie at sign-in for a person who never chose', async () => {
    const browser = await signedIn('vera')
    expect(browser.setCookies.some((c) => c.startsWith('osc_locale='))).toBe(false)
  })

  it('is refused with what to send when it is not a language the console speaks', async () => {
    const browser = await signedIn('bill')
    for (const body of [{ locale: 'de' }, { language: 'fr' }, { locale: 7 }]) {
      const res = await chooseLocale(browser, body)
      expect(res.status).toBe(400)
      const { error } = (await res.json()) as { error: { message: string } }
      expect(error.message).toContain('{"locale":"fr"}')
      expect(error.message).toContain('one of en, fr')
    }
    expect(await localeOf(browser)).toBeNull()
  })

  it('is not changed by another site or a script without the console’s header, nor without a session', async () => {
    const browser = await signedIn('oscar')
    const crossSite = await chooseLocale(
      browser,
      { locale: 'fr' },
      { ...consoleHeaders, origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    )
    expect(crossSite.status).toBe(403)
    const { 'x-requested-with': _dropped, ...withoutHeader } = consoleHeaders
    expect((await chooseLocale(browser, { locale: 'fr' }, withoutHeader)).status).toBe(403)
    expect(await localeOf(browser)).toBeNull()
    expect((await chooseLocale(new Browser(), { locale: 'fr' })).status).toBe(401)
  })
})

describe('in the whole console without sign-in (the local user)', () => {
  let h: Harness
  beforeAll(async () => {
    h = await startHarness()
  })
  afterAll(async () => {
    await h?.close()
  })

  it('is kept through the console’s JSON reader and returned by /api/me', async () => {
    const put = await fetch(`${h.bff.url}/api/me/locale`, {
      method: 'PUT',
      headers: { ...consoleHeaders, origin: new URL(h.bff.url).origin },
      body: JSON.stringify({ locale: 'fr' }),
    })
    expect(put.status).toBe(200)
    const me = (await (await fetch(`${h.bff.url}/api/me`)).json()) as Me
    expect(me.locale).toBe('fr')
  })
})
