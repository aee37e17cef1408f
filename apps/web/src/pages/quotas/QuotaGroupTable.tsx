// One collection of quotas (Compute, Storage, VPC…) as a table: what the limit is, how much is used, and a bar.
import type { QuotaGroup } from './quota-usage.ts'
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

export function QuotaGroupTable({ group }: { group: QuotaGroup }) {
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
          <col className="w-[48%]" />
          <col />
          <col className="w-36" />
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
            return (
              <tr
                key={u.quota.Name}
                className={`border-b border-slate-100 last:border-0 dark:border-slate-800 ${rowTint[u.level]}`}
              >
                <th scope="row" className="px-4 py-2 text-left align-top font-normal">
                  <span className="flex flex-wrap items-center gap-2">
                    <span className="font-medium">{name}</span>
                    <LevelBadge level={u.level} />
                  </span>
                  <span className="block text-xs muted">
                    <span className="font-mono">{u.quota.Name}</span>
                    {u.quota.Description ? ` · ${u.quota.Description}` : ''}
                  </span>
                </th>
                <td className="px-4 py-2 align-middle">
                  <UsageBar usage={u} label={name} />
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
