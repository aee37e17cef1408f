// /auth/callback?error=… is a URL anyone can load in a loop with any text: the console audits a few refusals per
// address per minute, and never shows or stores more than a short excerpt of what the URL says.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHarness, type Harness } from '../harness.ts'

let h: Harness

beforeAll(async () => {
  h = await startHarness({
    // The IdP is never contacted on an error answer; its address only has to be well-formed.
    auth: {
      mode: 'oidc',
      oidc: { issuer: 'http://127.0.0.1:9', clientId: 'osc-console', clientSecret: { value: 's' } },
    },
  })
})
afterAll(async () => {
  await h?.close()
})

/** The refused sign-ins the audit log recorded, as its JSON log lines show them. */
function refusedSignIns(): Array<{ detail?: string }> {
  return h.logs
    .map((line) => JSON.parse(line) as { audit?: { kind: string; detail?: string } })
    .flatMap((entry) => (entry.audit?.kind === 'sign-in-refused' ? [entry.audit] : []))
}

describe('an error answer at /auth/callback', () => {
  it('is audited a few times per address per minute, not once per request', async () => {
    for (let i = 0; i < 40; i++) {
      const res = await fetch(`${h.bff.url}/auth/callback?error=access_denied&error_description=loop${i}`)
      expect(res.status).toBe(400)
    }
    const rows = refusedSignIns()
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.length).toBeLessThanOrEqual(5)
  })

  it('shows and stores a short excerpt of a huge error text', async () => {
    const huge = 'X'.repeat(6_000)
    const res = await fetch(`${h.bff.url}/auth/callback?error=${huge}&error_description=${huge}`, {
      headers: { accept: 'application/json', 'X-Forwarded-For': '203.0.113.9' },
    })
    expect(res.status).toBe(400)
    const text = await res.text()
    expect(text.length).toBeLessThan(2_000)
    expect(text).toContain('did not sign you in')
    const rows = refusedSignIns()
    expect(rows.some((row) => row.detail?.includes('from 203.0.113.9'))).toBe(true)
    for (const row of rows) expect((row.detail ?? '').length).toBeLessThan(1_000)
  })
})
