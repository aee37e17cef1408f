// A paying account and its linked accounts: Overall reads the consumption and CO2 of all of them, each line naming
// its account and the paying one; a linked account asking for Overall gets nothing, as OUTSCALE documents.
import type { CO2EmissionEntry, ConsumptionEntry } from '@osc-console/osc-api'
import { describe, expect, it } from 'vitest'
import { LINKED_ACCOUNTS } from '../src/accounts.ts'
import { EU, US, call, simulatorForFile } from './helpers.ts'

const sim = await simulatorForFile({ seed: 'demo' }, { reset: false })

const LINKED = LINKED_ACCOUNTS[0]!
const DAY = 86_400_000
const day = (at: number) => new Date(at).toISOString().slice(0, 10)

type Keys = { accessKeyId: string; secretKey: string; region: string }

async function consumption(keys: Keys, extra: object = {}): Promise<ConsumptionEntry[]> {
  const today = Math.floor(sim.now() / DAY) * DAY
  const r = await call<{ ConsumptionEntries: ConsumptionEntry[] }>(
    sim.url,
    'ReadConsumptionAccount',
    { FromDate: day(today - 30 * DAY), ToDate: day(today + DAY), ShowPrice: true, ...extra },
    keys,
  )
  expect(r.status).toBe(200)
  return r.body.ConsumptionEntries
}

const cost = (entries: readonly ConsumptionEntry[]) =>
  Math.round(entries.reduce((n, e) => n + (e.Price ?? 0), 0) * 10_000) / 10_000

describe('Overall consumption', () => {
  it('gives the paying account its own lines without Overall, and its linked accounts’ beside them with it', async () => {
    const own = await consumption(EU)
    expect(own.length).toBeGreaterThan(0)
    expect(new Set(own.map((e) => `${e.AccountId}/${e.PayingAccountId}`))).toEqual(
      new Set([`${EU.accountId}/${EU.accountId}`]),
    )
    const overall = await consumption(EU, { Overall: true })
    const accounts = [...new Set(overall.map((e) => e.AccountId))]
    expect(accounts).toEqual([EU.accountId, ...LINKED_ACCOUNTS.map((a) => a.accountId)])
    expect(overall.every((e) => e.PayingAccountId === EU.accountId)).toBe(true)
    // The paying account's part of Overall is exactly its own reading.
    expect(overall.filter((e) => e.AccountId === EU.accountId)).toEqual(own)
  })

  it('names the paying account on a linked account’s own lines, which are its part of Overall', async () => {
    const linked = await consumption(LINKED)
    expect(linked.length).toBeGreaterThan(0)
    expect(linked.every((e) => e.AccountId === LINKED.accountId && e.PayingAccountId === EU.accountId)).toBe(
      true,
    )
    const overall = await consumption(EU, { Overall: true })
    expect(cost(overall.filter((e) => e.AccountId === LINKED.accountId))).toBe(cost(linked))
  })

  it('returns nothing to a linked account that asks for Overall', async () => {
    expect(await consumption(LINKED, { Overall: true })).toEqual([])
  })

  it('is the account alone for an account no other is linked to', async () => {
    expect(await consumption(US, { Overall: true })).toEqual(await consumption(US))
  })

  it('reads CO2 the same way', async () => {
    const month = new Date(sim.now())
    const read = async (keys: Keys, overall: boolean) =>
      (
        await call<{ CO2EmissionEntries: CO2EmissionEntry[] }>(
          sim.url,
          'ReadCO2EmissionAccount',
          {
            FromMonth: day(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() - 2, 1)),
            ToMonth: day(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1)),
            Overall: overall,
          },
          keys,
        )
      ).body.CO2EmissionEntries
    const overall = await read(EU, true)
    expect(new Set(overall.map((e) => e.AccountId))).toEqual(
      new Set([EU.accountId, ...LINKED_ACCOUNTS.map((a) => a.accountId)]),
    )
    expect(overall.filter((e) => e.AccountId === LINKED.accountId)).toEqual(await read(LINKED, false))
    expect(await read(LINKED, true)).toEqual([])
  })
})
