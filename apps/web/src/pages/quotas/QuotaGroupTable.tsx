// One collection of quotas (Compute, Storage, VPC…) as a table: what the limit is, how much is used, and a bar; how
// it moved and when it will be full, where the console has sampled it; a link to what it counts, where a page
// lists it and the person's role reads it.
import { Link } from '@tanstack/react-router'
import type { QuotaTrend } from '@osc-console/osc-api'
import { useCan } from '../../app/account.ts'
import { paths } from '../../paths.ts'
import type { QuotaGroup } from './quota-usage.ts'
import { quotaResource } from './quota-resources.ts'
import { trendOf } from './quota-trend.ts'
import { QuotaTrendLine } from './QuotaTrendLine.tsx'
import { LevelBadge, UsageBar } from './UsageBar.tsx'
import { percentUsed } from './quota-usage.ts'
import { useT } from '../../i18n/text.ts'
import { useFormatters } from '../../i18n/format.ts'

const rowTint = {
  ok: '',
  near: 'bg-amber-50 dark:bg-amber-950/40',
  critical: 'bg-orange-50 dark:bg-orange-950/40',
  full: 'bg-red-50 dark:bg-red-950/40',
}

export function groupTitle(group: QuotaGroup): string {
  // Quotas that apply per Net come back under the Net's id instead of `global`.
  return group.type === 'global' ? group.collection : `${group.collection} · ${group.type}`
}

function ResourcesLink({ account, quotaName }: { account: string; quotaName: string | undefined }) {
  const t = useT()
  const can = useCan()
  const resource = quotaResource(quotaName)
  if (!resource || !can(resource.read).allowed) return null
  return (
    <Link
      {...paths.section({ account, section: resource.section })}
      className="text-xs text-blue-700 underline-offset-2 hover:underline dark:text-blue-300"
    >
      {t('quotas.openResources', { what: t(resource.title) })}
    </Link>
  )
}

export function QuotaGroupTable({
  account,
  group,
  trends,
  now,
}: {
  account: string
  group: QuotaGroup
  trends: ReadonlyMap<string, QuotaTrend>
  now: number
}) {
  const t = useT()
  const f = useFormatters()
  const title = groupTitle(group)
  const headingId = `quota-group-${title.replace(/[^A-Za-z0-9]+/g, '-')}`
  return (
    <section aria-labelledby={headingId} className="card overflow-hidden">
      <h2
        id={headingId}
        className="border-b border-slate-200 px-4 py-2 text-base font-semibold dark:border-slate-700"
      >
        {title}
      </h2>
      <table aria-labelledby={headingId} className="w-full table-fixed text-sm">
        <colgroup>
          <col className="w-[40%] sm:w-[48%]" />
          <col />
          <col className="w-24 sm:w-36" />
        </colgroup>
        <thead className="sr-only">
          <tr>
            <th scope="col">{t('quotas.column.quota')}</th>
            <th scope="col">{t('quotas.column.usage')}</th>
            <th scope="col">{t('quotas.column.usedOfMax')}</th>
          </tr>
        </thead>
        <tbody>
          {group.quotas.map((u) => {
            const name = u.quota.ShortDescription || u.quota.Name || ''
            const trend = trendOf(trends, group.type, u.quota.Name)
            return (
              <tr
                key={u.quota.Name}
                className={`border-b border-slate-100 last:border-0 dark:border-slate-800 ${rowTint[u.level]}`}
              >
                <th scope="row" className="px-4 py-2 text-left align-top font-normal">
                  <span className="flex flex-wrap items-center gap-2">
                    <span className="font-medium">{name}</span>
                    <LevelBadge level={u.level} />
                    <ResourcesLink account={account} quotaName={u.quota.Name} />
                  </span>
                  <span className="block text-xs muted">
                    <span className="font-mono">{u.quota.Name}</span>
                    {u.quota.Description ? ` · ${u.quota.Description}` : ''}
                  </span>
                </th>
                <td className="px-4 py-2 align-middle">
                  <UsageBar usage={u} label={name} />
                  {trend && <QuotaTrendLine trend={trend} name={name} now={now} />}
                </td>
                <td className="px-4 py-2 text-right align-middle tabular-nums">
                  {t('quotas.usedOfMax', { used: f.number(u.used), max: f.number(u.max) })}
                  <span className="block text-xs muted">
                    {u.max > 0
                      ? t('quotas.percentUsed', { percent: f.number(percentUsed(u)) })
                      : t('quotas.noneAllowed')}
                  </span>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </section>
  )
}
