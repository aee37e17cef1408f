// ReadQuotas: UsedValue computed live from the store, MaxValue from the account's settings.
import type { Quota, QuotaTypes } from '@osc-console/osc-api'
import type { HandlerMap } from '../context.ts'
import { compileFilters, paginate } from '../filters.ts'
import { quotaMax, usedValue } from './common.ts'
import { QUOTA_DEFS } from './quota-defs.ts'

export const handlers: HandlerMap = {
  ReadQuotas: (req, ctx) => {
    const quotas: Quota[] = QUOTA_DEFS.map((d) => ({
      Name: d.name,
      QuotaCollection: d.collection,
      ShortDescription: d.shortDescription,
      Description: d.description,
      MaxValue: quotaMax(ctx.account, d.name),
      UsedValue: usedValue(ctx.account, d.name),
      AccountId: ctx.account.accountId,
    }))
    const f = req.Filters
    const pred = compileFilters<Quota>(
      f
        ? {
            ...(f.QuotaNames ? { QuotaNames: f.QuotaNames } : {}),
            ...(f.Collections ? { Collections: f.Collections } : {}),
            ...(f.ShortDescriptions ? { ShortDescriptions: f.ShortDescriptions } : {}),
          }
        : undefined,
      { QuotaNames: 'Name', Collections: 'QuotaCollection', ShortDescriptions: 'ShortDescription' },
    )
    const wantGlobal = !f?.QuotaTypes || f.QuotaTypes.includes('global')
    const selected = wantGlobal ? quotas.filter(pred) : []
    const { page, nextPageToken } = paginate(selected, req)
    const types: QuotaTypes[] =
      page.length > 0 || !req.NextPageToken ? [{ QuotaType: 'global', Quotas: page }] : []
    return { QuotaTypes: wantGlobal ? types : [], ...(nextPageToken ? { NextPageToken: nextPageToken } : {}) }
  },
}
