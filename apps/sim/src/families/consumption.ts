// ReadConsumptionAccount: each resource's usage meters overlapped with [FromDate, ToDate) on the simulator clock,
// grouped by catalogue entry (and by resource with ShowResourceDetails), priced from the catalogue.
import type { ConsumptionEntry } from '@osc-console/osc-api'
import type { HandlerMap } from '../context.ts'
import { oscError } from '../errors.ts'
import { currencyOf, unitPrice } from './catalog.ts'

const HOUR = 3_600_000

function parseDay(value: string, name: string): number {
  const at = /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T00:00:00.000Z`) : Date.parse(value)
  if (Number.isNaN(at))
    throw oscError('invalidParameterValue', `${name} must be an ISO 8601 date such as 2024-06-14.`)
  if (at % 86_400_000 !== 0)
    throw oscError('invalidParameterValue', `${name} must be a date, or a date-time at midnight UTC.`)
  return at
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits

export const handlers: HandlerMap = {
  ReadConsumptionAccount: (req, ctx) => {
    const from = parseDay(req.FromDate, 'FromDate')
    const to = parseDay(req.ToDate, 'ToDate')
    if (to <= from)
      throw oscError(
        'invalidRange',
        'ToDate must be later than FromDate (FromDate is included, ToDate excluded).',
      )
    const end = Math.min(to, ctx.now)
    const groups = new Map<string, ConsumptionEntry>()
    for (const m of ctx.account.meters) {
      const start = Math.max(m.start, from)
      const stop = Math.min(m.end ?? ctx.now, end)
      if (stop <= start) continue
      const units = ((stop - start) / HOUR) * m.unitsPerHour
      const key = [
        m.service,
        m.type,
        m.operation,
        m.subregionName,
        req.ShowResourceDetails ? m.resourceId : '',
      ].join('|')
      let entry = groups.get(key)
      if (!entry) {
        const c = unitPrice(ctx.account.region, m.service, m.type, m.operation)
        entry = {
          AccountId: ctx.account.accountId,
          PayingAccountId: ctx.account.accountId,
          Service: m.service,
          Type: m.type,
          Operation: m.operation,
          SubregionName: m.subregionName,
          Category: c?.Category ?? 'compute',
          Title: c?.Title ?? m.type,
          FromDate: new Date(from).toISOString(),
          ToDate: new Date(to).toISOString(),
          Value: 0,
          ...(req.ShowResourceDetails ? { ResourceId: m.resourceId } : {}),
          ...(req.ShowPrice ? { UnitPrice: c?.UnitPrice ?? 0, Price: 0 } : {}),
        }
        groups.set(key, entry)
      }
      entry.Value = (entry.Value ?? 0) + units
    }
    const entries = [...groups.values()].map((e) => ({
      ...e,
      Value: round(e.Value ?? 0, 4),
      ...(req.ShowPrice ? { Price: round((e.Value ?? 0) * (e.UnitPrice ?? 0), 4) } : {}),
    }))
    entries.sort(
      (a, b) =>
        (a.Type ?? '').localeCompare(b.Type ?? '') || (a.ResourceId ?? '').localeCompare(b.ResourceId ?? ''),
    )
    return { ConsumptionEntries: entries, Currency: currencyOf(ctx.account.region) }
  },
}
