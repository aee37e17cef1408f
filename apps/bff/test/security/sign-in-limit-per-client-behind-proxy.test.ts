// The sign-in limiter counts per person's address: behind a trusted proxy that is the address the proxy forwards,
// so one person trying too often does not lock everyone else out; from anywhere else X-Forwarded-For is not
// believed, so rotating it does not escape the limit.
import { afterEach, describe, expect, it } from 'vitest'
import { startHarness, type Harness } from '../harness.ts'

let h: Harness | undefined
afterEach(async () => {
  await h?.close()
  h = undefined
})

const start = (trustedProxies: string[]) =>
  startHarness({ auth: { mode: 'none', signInAttemptsPerMinute: 2, proxy: { trustedProxies } } })

const login = (forwardedFor: string) =>
  fetch(`${h!.bff.url}/auth/login?returnTo=/`, {
    redirect: 'manual',
    headers: { 'X-Forwarded-For': forwardedFor },
  }).then((r) => r.status)

describe('sign-in attempts', () => {
  it('are limited per client address forwarded by a trusted proxy', async () => {
    h = await start(['127.0.0.1', '::1'])
    expect([await login('203.0.113.1'), await login('203.0.113.1')]).toEqual([302, 302])
    expect(await login('203.0.113.1')).toBe(429)
    // Another person behind the same proxy still signs in.
    expect(await login('203.0.113.2')).toBe(302)
    // What the client wrote left of the proxy's entry is not believed: still 203.0.113.1.
    expect(await login('198.51.100.7, 203.0.113.1')).toBe(429)
  })

  it('ignore X-Forwarded-For from a peer that is not a trusted proxy', async () => {
    h = await start(['10.0.0.1'])
    expect([await login('203.0.113.1'), await login('203.0.113.2')]).toEqual([302, 302])
    expect(await login('203.0.113.3')).toBe(429)
  })
})
