// "Needs attention": what is stuck, open to the internet or billed for nothing, each item linked to its resource
// with the reason it is listed and its monthly cost when the catalogue prices it. Only the families the person's
// role reads are checked; the others are left out without a word.
import { useId, useState } from 'react'
import { Link } from '@tanstack/react-router'
import { useNow } from '@osc-console/data'
import { useT, type Translate } from '../../i18n/text.ts'
import { paths } from '../../paths.ts'
import { ErrorPanel } from '../../ui/ErrorPanel.tsx'
import { Skeleton } from '../../ui/Skeleton.tsx'
import { Section } from '../../kit/Section.tsx'
import { useMoney } from '../../charts/format.ts'
import {
  DEFAULT_SNAPSHOT_AGE_DAYS,
  SNAPSHOT_AGES_DAYS,
  type AttentionItem,
} from '../../dashboards/attention.ts'
import { useAttention } from '../../dashboards/use-attention.ts'

function ItemLink({ account, item }: { account: string; item: AttentionItem }) {
  const className = 'font-medium text-blue-700 underline-offset-2 hover:underline dark:text-blue-300'
  const label = item.name ?? item.id
  if (item.target.kind === 'vm')
    return (
      <Link {...paths.vm({ account, vmId: item.target.vmId })} className={className}>
        {label}
      </Link>
    )
  if (item.target.kind === 'resource')
    return (
      <Link
        {...paths.resource({ account, section: item.target.section, id: item.target.id })}
        className={className}
      >
        {label}
      </Link>
    )
  return (
    <Link {...paths.section({ account, section: item.target.section })} className={className}>
      {label}
    </Link>
  )
}

function AttentionLine({
  account,
  item,
  t,
  money,
}: {
  account: string
  item: AttentionItem
  t: Translate
  money: ((value: number) => string) | undefined
}) {
  const resourceId = item.id.split(':')[0] ?? item.id
  return (
    <li className="flex flex-col gap-0.5 border-b border-slate-100 py-2 last:border-0 dark:border-slate-800">
      <div className="flex flex-wrap items-baseline gap-x-2">
        <span className="text-xs font-semibold uppercase tracking-wide text-amber-800 dark:text-amber-300">
          {t(`home.rule.${item.rule}` as const)}
        </span>
        <ItemLink account={account} item={item} />
        {item.name && item.rule !== 'quota-critical' && (
          <span className="font-mono text-xs muted">{resourceId}</span>
        )}
      </div>
      <p className="text-sm">
        {t(item.reason)}
        {item.monthlyCost !== undefined && money && (
          <>
            {' '}
            <span className="font-medium tabular-nums">
              {t('home.attention.cost', { cost: money(item.monthlyCost) })}
            </span>
          </>
        )}
      </p>
    </li>
  )
}

export function NeedsAttention({ account }: { account: string }) {
  const t = useT()
  const now = useNow(60_000)
  const ageId = useId()
  const [snapshotAge, setSnapshotAge] = useState<number>(DEFAULT_SNAPSHOT_AGE_DAYS)
  const { items, failed, loading, readable, readsSnapshots, currency } = useAttention(
    account,
    now,
    snapshotAge,
  )
  const money = useMoney(currency)
  if (!readable) return null

  const title = t('home.attention')
  return (
    <Section
      title={title}
      action={
        <span className="text-sm muted" aria-live="polite">
          {!loading && t('home.attention.count', { count: items.length })}
        </span>
      }
    >
      {readsSnapshots && (
        <div className="flex items-center gap-2 text-sm">
          <label htmlFor={ageId}>{t('home.attention.snapshotAge')}</label>
          <select
            id={ageId}
            className="input w-auto py-0.5"
            value={snapshotAge}
            onChange={(event) => setSnapshotAge(Number(event.target.value))}
          >
            {SNAPSHOT_AGES_DAYS.map((days) => (
              <option key={days} value={days}>
                {t('home.attention.days', { days })}
              </option>
            ))}
          </select>
        </div>
      )}
      {failed.map((q, i) => (
        <ErrorPanel
          key={i}
          error={q.error}
          onRetry={() => void q.refetch()}
          title={t('kit.section.loadFailed', { what: title })}
        />
      ))}
      {items.length > 0 && (
        <ul aria-label={title}>
          {items.map((item) => (
            <AttentionLine
              key={`${item.rule}/${item.id}`}
              account={account}
              item={item}
              t={t}
              money={currency ? money : undefined}
            />
          ))}
        </ul>
      )}
      {loading ? (
        <div
          role="status"
          aria-label={t('kit.section.loading', { what: title })}
          className="flex flex-col gap-2"
        >
          <Skeleton className="h-5 w-full" />
          <Skeleton className="h-5 w-2/3" />
        </div>
      ) : (
        items.length === 0 &&
        failed.length === 0 && <p className="text-sm muted">{t('home.attention.none')}</p>
      )}
    </Section>
  )
}
