// The period's cost by the value of a tag key — cost per team, env or owner. The tag join is made by the console,
// so a billing person sees it without reading any resource.
import { useQuery } from '@tanstack/react-query'
import type { TagCost } from '@osc-console/osc-api'
import { useT } from '../../i18n/text.ts'
import { ErrorPanel } from '../../ui/ErrorPanel.tsx'
import { Skeleton } from '../../ui/Skeleton.tsx'
import { costByTagQuery } from './queries.ts'
import { SummaryTable } from './ConsumptionTables.tsx'
import type { Period } from './period.ts'

/** The period's cost per value of `tagKey`, untagged apart, and the total, which is the ungrouped one. */
export function CostByTagTable({
  account,
  period,
  tagKey,
}: {
  account: string
  period: Period
  tagKey: string
}) {
  const t = useT()
  const query = useQuery(costByTagQuery(account, period, tagKey))
  const title = t('consumption.byTagTable', { key: tagKey })
  if (query.error && !query.data)
    return <ErrorPanel error={query.error} onRetry={() => void query.refetch()} title={title} />
  if (!query.data)
    return (
      <div
        role="status"
        aria-label={t('consumption.byTagLoading', { key: tagKey })}
        className="flex flex-col gap-2"
      >
        {Array.from({ length: 4 }, (_, i) => (
          <Skeleton key={i} className="h-8 w-full" />
        ))}
      </div>
    )
  const { groups, untagged, total, currency } = query.data
  const row = (group: TagCost, label: string, key = `value:${label}`) => ({
    key,
    label,
    count: group.resources,
    price: group.cost,
  })
  return (
    <SummaryTable
      caption={title}
      groupHeader={t('consumption.column.tagValue', { key: tagKey })}
      countHeader={t('consumption.column.resources')}
      rows={[...groups.map((g) => row(g, g.value)), row(untagged, t('consumption.untagged'), 'untagged')]}
      total={{
        label: t('consumption.allValues'),
        count: groups.reduce((n, g) => n + g.resources, untagged.resources),
        price: total,
      }}
      currency={currency}
    >
      <p className="px-3 pb-3 text-xs muted">{t('consumption.byTagHow', { key: tagKey })}</p>
    </SummaryTable>
  )
}
