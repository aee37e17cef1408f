// Login CSRF: someone signs in at the IdP, stops before the console's /auth/callback, and sends that link to a
// colleague. Opening it must not sign the colleague in as them: the answer is accepted only in the browser that
// started that sign-in (a short-lived cookie holding its state).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHarness, type Harness } from '../harness.ts'
import { submitSignIn } from '@osc-console/idp/testing'
import { Browser, CLIENT_SECRET, DEMO_BINDINGS, signIn, startTestIdp } from '../auth-harness.ts'

let idp: Awaited<ReturnType<typeof startTestIdp>>
let h: Harness

beforeAll(async () => {
  idp = await startTestIdp()
  h = await startHarness({
    publicUrlIsListenAddress: true,
    auth: {
      mode: 'oidc',
      oidc: { issuer: idp.url, clientId: 'osc-console', clientSecret: { value: CLIENT_SECRET } },
    },
    bindings: DEMO_BINDINGS,
  })
})
afterAll(async () => {
  await h?.close()
  await idp?.close()
})

const app = () => ({ url: h.bff.url })
const isCallback = (url: string) => url.startsWith(`${h.bff.url}/auth/callback`)

/** Signs in at the IdP as `username` and returns the console's callback link, without following it. */
async function callbackLinkOf(browser: Browser, username: string): Promise<string> {
  const start = await browser.follow(
    `${h.bff.url}/auth/login?returnTo=/`,
    { headers: { accept: 'text/html' } },
    isCallback,
  )
  const stopped = isCallback(start.url)
    ? start
    : await submitSignIn(browser, start.url, await start.res.text(), username, 'demo', isCallback)
  expect(isCallback(stopped.url)).toBe(true)
  return stopped.url
}

const me = (browser: Browser) => browser.api(app(), '/api/me')

describe('a sign-in answer', () => {
  it('opened in another browser does not sign that browser in, and says why', async () => {
    const link = await callbackLinkOf(new Browser(), 'oscar')
    const colleague = new Browser()
    const res = await colleague.fetch(link, { headers: { accept: 'text/html' } })
    expect(res.status).toBe(400)
    const page = await res.text()
    expect(page).toContain('not started in this browser')
    expect(page).toContain('Start the sign-in again')
    expect(res.headers.getSetCookie().some((c) => c.startsWith('osc-console='))).toBe(false)
    expect((await me(colleague)).status).toBe(401)
    const audited = h.logs.filter(
      (line) => line.includes('"sign-in-refused"') && line.includes('did not start that sign-in'),
    )
    expect(audited).toHaveLength(1)
  })

  it('still signs in the browser that started the sign-in', async () => {
    const browser = new Browser()
    const done = await signIn(browser, app(), 'alice')
    expect(done.res.status).toBe(302)
    expect(browser.cookie(h.bff.url, 'osc-console-sign-in')).toBeUndefined()
    const body = (await (await me(browser)).json()) as { user: { subject: string } }
    expect(body.user.subject).toBeTruthy()
  })

  it('sets the binding cookie HttpOnly, SameSite=Lax and short-lived', async () => {
    const browser = new Browser()
    const res = await browser.fetch(`${h.bff.url}/auth/login?returnTo=/`)
    expect(res.status).toBe(302)
    const line = res.headers.getSetCookie().find((c) => c.startsWith('osc-console-sign-in='))
    expect(line).toMatch(/; Max-Age=600; Path=\/; HttpOnly; SameSite=Lax/)
  })
})
