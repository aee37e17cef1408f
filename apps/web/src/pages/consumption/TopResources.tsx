// The period's 10 most expensive resources, as the console reads them from the per-resource consumption lines: the
// page receives each resource's id and cost, not the resource, so a billing person may see it.
import { useQuery } from '@tanstack/react-query'
import { useT } from '../../i18n/text.ts'
import { useFormatters } from '../../i18n/format.ts'
import { PlainTable } from '../../kit/PlainTable.tsx'
import { ErrorPanel } from '../../ui/ErrorPanel.tsx'
import { Skeleton } from '../../ui/Skeleton.tsx'
import { topResourcesQuery } from './queries.ts'
import type { Period } from './period.ts'

export function TopResources({ account, period }: { account: string; period: Period }) {
  const t = useT()
  const f = useFormatters()
  const query = useQuery(topResourcesQuery(account, period))
  const title = t('consumption.top.title')
  if (query.error && !query.data)
    return (
      <ErrorPanel
        error={query.error}
        onRetry={() => void query.refetch()}
        title={t('consumption.top.failed')}
      />
    )
  if (!query.data)
    return (
      <div role="status" aria-label={t('consumption.top.loading')}>
        <Skeleton className="h-40 w-full" />
      </div>
    )
  const { resources, currency } = query.data
  return (
    <section aria-label={title} className="card flex flex-col gap-1 pb-3">
      <h2 className="px-3 pt-2 text-base font-semibold">{title}</h2>
      {resources.length === 0 ? (
        <p className="px-3 text-sm muted">{t('consumption.top.none')}</p>
      ) : (
        <PlainTable
          label={title}
          framed={false}
          columns={[t('consumption.top.resource'), t('consumption.top.type'), t('consumption.column.price')]}
        >
          {resources.map((r) => (
            <tr key={r.resourceId}>
              <td className="font-mono text-xs whitespace-nowrap">{r.resourceId}</td>
              <td>
                <span className="font-mono text-xs">{r.type}</span>
                {r.service && <span className="block text-xs muted">{r.service}</span>}
              </td>
              <td className="tabular-nums whitespace-nowrap">{f.money(r.cost, currency)}</td>
            </tr>
          ))}
        </PlainTable>
      )}
      <p className="px-3 text-xs muted">{t('consumption.top.how')}</p>
    </section>
  )
}
