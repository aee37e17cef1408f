import { describe, expect, it } from 'vitest'
import type { QuotaTypes } from '@osc-console/osc-api'
import { i18nFor } from '../../i18n/testing.ts'
import { tableCsv } from '../../table/export.ts'
import { parseQuotaSearch } from './search.ts'
import {
  groupQuotas,
  quotaCollections,
  quotaColumns,
  quotaRows,
  quotasNeedingAttention,
  usageOf,
  usageText,
} from './quota-usage.ts'

const quota = (Name: string, QuotaCollection: string, UsedValue: number, MaxValue: number) => ({
  Name,
  QuotaCollection,
  ShortDescription: Name.replace(/_/g, ' '),
  Description: `Maximum ${Name}`,
  UsedValue,
  MaxValue,
})

const types: QuotaTypes[] = [
  {
    QuotaType: 'global',
    Quotas: [
      quota('core_limit', 'Compute', 125, 256),
      quota('vm_limit', 'Compute', 40, 45),
      quota('ip_limit', 'Compute', 5, 5),
      quota('volume_limit', 'Storage', 10, 300),
      quota('gpu_limit', 'Compute', 0, 0),
    ],
  },
  { QuotaType: 'vpc-12345678', Quotas: [quota('sg_rule_limit', 'Security Groups', 95, 100)] },
]

describe('quota usage', () => {
  it('is near the limit from 80 %, critical from 95 %, full at 100 %, and a quota of 0 that is unused is not full', () => {
    expect(usageOf(quota('a', 'x', 79, 100)).level).toBe('ok')
    expect(usageOf(quota('a', 'x', 80, 100)).level).toBe('near')
    expect(usageOf(quota('a', 'x', 94, 100)).level).toBe('near')
    expect(usageOf(quota('a', 'x', 95, 100)).level).toBe('critical')
    expect(usageOf(quota('a', 'x', 99, 100)).level).toBe('critical')
    expect(usageOf(quota('a', 'x', 100, 100)).level).toBe('full')
    expect(usageOf(quota('a', 'x', 120, 100)).level).toBe('full')
    expect(usageOf(quota('a', 'x', 0, 0)).level).toBe('ok')
    expect(usageOf(quota('a', 'x', 1, 0)).level).toBe('full')
  })

  it('is read as "used of max" with a percentage that never rounds up to full', () => {
    const { t, f } = i18nFor('en')
    expect(usageText(usageOf(quota('a', 'x', 40, 45)), t, f)).toBe('40 of 45 used (88 %)')
    expect(usageText(usageOf(quota('a', 'x', 999, 1000)), t, f)).toBe('999 of 1,000 used (99 %)')
    expect(usageText(usageOf(quota('a', 'x', 0, 0)), t, f)).toBe('0 of 0 used')
    const fr = i18nFor('fr')
    expect(usageText(usageOf(quota('a', 'x', 1999, 2000)), fr.t, fr.f)).toBe(
      '1\u202f999 sur 2\u202f000 utilisés (99\u202f%)',
    )
  })

  it('groups by quota type and collection, fullest first in each group and fullest group first', () => {
    const groups = groupQuotas(types)
    expect(groups.map((g) => [g.type, g.collection])).toEqual([
      ['global', 'Compute'],
      ['vpc-12345678', 'Security Groups'],
      ['global', 'Storage'],
    ])
    expect(groups[0]!.quotas.map((u) => u.quota.Name)).toEqual([
      'ip_limit',
      'vm_limit',
      'core_limit',
      'gpu_limit',
    ])
  })

  it('searches every word in the name, descriptions and collection', () => {
    expect(groupQuotas(types, 'VM').flatMap((g) => g.quotas.map((u) => u.quota.Name))).toEqual(['vm_limit'])
    expect(groupQuotas(types, 'storage maximum').flatMap((g) => g.quotas.map((u) => u.quota.Name))).toEqual([
      'volume_limit',
    ])
    expect(groupQuotas(types, 'nothing-like-this')).toEqual([])
  })

  it('lists the quotas needing attention fullest first', () => {
    expect(quotasNeedingAttention(groupQuotas(types)).map((u) => u.quota.Name)).toEqual([
      'ip_limit',
      'sg_rule_limit',
      'vm_limit',
    ])
  })

  it('filters by collection, with the search or alone, and lists the collections for the filter', () => {
    expect(quotaCollections(types)).toEqual(['Compute', 'Security Groups', 'Storage'])
    expect(groupQuotas(types, '', 'Storage').map((g) => g.collection)).toEqual(['Storage'])
    expect(groupQuotas(types, 'limit', 'Compute').flatMap((g) => g.quotas.map((u) => u.quota.Name))).toEqual([
      'ip_limit',
      'vm_limit',
      'core_limit',
      'gpu_limit',
    ])
    expect(groupQuotas(types, 'volume', 'Compute')).toEqual([])
    expect(groupQuotas(types, '', 'Nothing')).toEqual([])
  })

  it('keeps the collection in the URL, and drops an empty one', () => {
    expect(parseQuotaSearch({ q: 'vm', collection: 'Compute' })).toEqual({ q: 'vm', collection: 'Compute' })
    expect(parseQuotaSearch({ collection: '  ' })).toEqual({})
    expect(parseQuotaSearch({ collection: 3 })).toEqual({ collection: '3' })
  })

  it('exports the rows shown as CSV, in their order, with numbers as numbers and the level in words', () => {
    const { t } = i18nFor('en')
    const csv = tableCsv(quotaRows(groupQuotas(types, '', 'Compute')), quotaColumns(t), {})
    expect(csv.split('\r\n')).toEqual([
      'Collection,Quota type,Name,Description,Used,Maximum,Percent used,Level',
      'Compute,global,ip_limit,ip limit,5,5,100,Full',
      'Compute,global,vm_limit,vm limit,40,45,88,Near limit',
      'Compute,global,core_limit,core limit,125,256,48,Below 80 %',
      'Compute,global,gpu_limit,gpu limit,0,0,0,Below 80 %',
      '',
    ])
    const fr = i18nFor('fr')
    const french = tableCsv(quotaRows(groupQuotas(types, 'sg')), quotaColumns(fr.t), {})
    expect(french.split('\r\n')[1]).toBe(
      'Security Groups,vpc-12345678,sg_rule_limit,sg rule limit,95,100,95,Critique',
    )
  })
})
