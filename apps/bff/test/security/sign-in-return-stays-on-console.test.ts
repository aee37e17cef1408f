// After sign-in the console sends the browser back to the page it came from: always a page of this console,
// however the returnTo path is dressed up, never a protocol-relative //host that the browser reads as another site.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHarness, type Harness } from '../harness.ts'

let h: Harness

beforeAll(async () => {
  h = await startHarness()
})
afterAll(async () => {
  await h?.close()
})

const login = (returnTo: string) =>
  fetch(`${h.bff.url}/auth/login?returnTo=${encodeURIComponent(returnTo)}`, { redirect: 'manual' })

const HOSTILE = [
  '/.//evil.example',
  '/..//x',
  '/%2e%2e//x',
  '/%2e//evil.example',
  '/.%2e//evil.example',
  '/x/../..//evil.example',
  '/././/evil.example',
  '/\\evil.example',
  '/\\/evil.example',
  '/%5c/evil.example',
  '/\t/evil.example',
  '/\n/evil.example',
  '//evil.example',
  'https://evil.example/',
]

describe('the page a sign-in returns to', () => {
  it.each(HOSTILE)('is never another site for returnTo=%j', async (returnTo) => {
    const response = await login(returnTo)
    const location = response.headers.get('location')
    if (response.status === 400) return expect(location).toBeNull()
    expect(response.status).toBe(302)
    expect(location).not.toMatch(/^\/[\\/]/)
    expect(new URL(location!, h.bff.url).origin).toBe(new URL(h.bff.url).origin)
  })

  it('refuses a path that resolves to //host with the sign-in link error', async () => {
    for (const returnTo of ['/.//evil.example', '/..//x', '/%2e%2e//x', '/x/../..//evil.example']) {
      const response = await login(returnTo)
      expect(response.status, returnTo).toBe(400)
      expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(
        /returnTo must be a path of this console/,
      )
    }
  })

  it('keeps an ordinary path with its query and fragment', async () => {
    const response = await login('/vms?account=demo-eu#top')
    expect(response.status).toBe(302)
    expect(response.headers.get('location')).toBe('/vms?account=demo-eu#top')
  })
})
