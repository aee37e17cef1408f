// All accounts at once. OUTSCALE ties each account to one region, so this is the one place a team sees every
// account together: a card per account (region, month-to-date cost and forecast, the fullest quota, resource counts,
// what needs attention) and the costs summed per currency. Every card reads on its own, in parallel with the
// others, so one account failing shows its error in its own card and holds no other back. A block whose reads the
// person's role does not allow on that account is left out without a word.
import { useId } from 'react'
import { useQueries, useQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { permission, useNow, type Me, type MeAccount } from '@osc-console/data'
import type { ActionName } from '@osc-console/osc-api'
import { useMe } from '../../app/account.ts'
import { useMoney } from '../../charts/format.ts'
import { DEFAULT_SNAPSHOT_AGE_DAYS } from '../../dashboards/attention.ts'
import { countPublicIps, countVms, ownImages } from '../../dashboards/counts.ts'
import { costOf, dayOf, forecastMonthEnd, monthStart } from '../../dashboards/month.ts'
import {
  accountsQuery,
  consumptionQuery,
  imagesQuery,
  loadBalancersQuery,
  publicIpsQuery,
  snapshotsQuery,
  volumesQuery,
} from '../../dashboards/queries.ts'
import { nearestQuota, totalsByCurrency, type AccountCost } from '../../dashboards/summary.ts'
import { useAttention } from '../../dashboards/use-attention.ts'
import { useT } from '../../i18n/text.ts'
import { itemsOf } from '../../kit/descriptor.ts'
import { listQuery } from '../../kit/queries.ts'
import { vmResource } from '../../kit/registry.ts'
import { paths } from '../../paths.ts'
import { ErrorPanel } from '../../ui/ErrorPanel.tsx'
import { PageHeader } from '../../ui/PageHeader.tsx'
import { Skeleton } from '../../ui/Skeleton.tsx'
import { quotasQuery } from '../quotas/queries.ts'
import { usageText } from '../quotas/quota-usage.ts'
import { UsageBar } from '../quotas/UsageBar.tsx'
import { useFormatters } from '../../i18n/format.ts'

const linkClass = 'text-blue-700 underline-offset-2 hover:underline dark:text-blue-300'

const can = (me: Me | undefined, account: string, action: ActionName) =>
  permission(me, account, action).allowed

/** The month so far, as the home reads it: the same query, so opening an account's home after this reads nothing. */
function monthQuery(account: string, now: number) {
  return consumptionQuery(account, dayOf(monthStart(now)), dayOf(now))
}

function Figure({ label, value }: { label: string; value: string | undefined }) {
  return (
    <div className="flex min-w-0 flex-col">
      <dt className="text-xs muted">{label}</dt>
      <dd className="text-lg font-semibold tabular-nums">
        {value ?? <Skeleton className="mt-1 h-6 w-20" />}
      </dd>
    </div>
  )
}

function Costs({ account, now }: { account: string; now: number }) {
  const t = useT()
  const month = useQuery(monthQuery(account, now))
  const money = useMoney(month.data?.Currency ?? undefined)
  if (month.error && !month.data) return null
  const soFar = month.data ? costOf(month.data.ConsumptionEntries) : undefined
  if (month.data && soFar === undefined) return <p className="text-sm muted">{t('all.cost.noPrice')}</p>
  const forecast = soFar === undefined ? undefined : forecastMonthEnd(soFar, now)
  return (
    <dl className="grid grid-cols-2 gap-3">
      <Figure label={t('all.cost.soFar')} value={soFar === undefined ? undefined : money(soFar)} />
      <Figure
        label={t('all.cost.forecast')}
        value={soFar === undefined ? undefined : forecast === undefined ? '—' : money(forecast)}
      />
    </dl>
  )
}

function NearestQuota({ account }: { account: string }) {
  const t = useT()
  const f = useFormatters()
  const quotas = useQuery(quotasQuery(account))
  if (quotas.error && !quotas.data) return null
  if (!quotas.data) return <Skeleton className="h-10 w-full" />
  const usage = nearestQuota(quotas.data.QuotaTypes ?? [])
  if (!usage) return <p className="text-sm muted">{t('all.quota.none')}</p>
  const name = usage.quota.ShortDescription || usage.quota.Name || ''
  return (
    <div className="flex flex-col gap-1 text-sm">
      <div className="flex flex-wrap items-baseline justify-between gap-x-2">
        <span>
          <span className="muted">{t('all.quota.nearest')} · </span>
          <span className="font-medium">{name}</span>
        </span>
        <span className="tabular-nums muted">{usageText(usage, t, f)}</span>
      </div>
      <UsageBar usage={usage} label={`${t('all.quota.nearest')}: ${name}`} />
    </div>
  )
}

/** The resource counts the role may read on the account, one line each; nothing at all for a billing person. */
function Counts({ me, account }: { me: Me | undefined; account: string }) {
  const t = useT()
  const allowed = (action: ActionName) => can(me, account, action)
  const vms = useQuery({ ...listQuery(vmResource, account), enabled: allowed('ReadVms') })
  const volumes = useQuery({ ...volumesQuery(account), enabled: allowed('ReadVolumes') })
  const ips = useQuery({ ...publicIpsQuery(account), enabled: allowed('ReadPublicIps') })
  const lbs = useQuery({ ...loadBalancersQuery(account), enabled: allowed('ReadLoadBalancers') })
  const snapshots = useQuery({ ...snapshotsQuery(account), enabled: allowed('ReadSnapshots') })
  const readsImages = allowed('ReadImages') && allowed('ReadAccounts')
  const images = useQuery({ ...imagesQuery(account), enabled: readsImages })
  const owner = useQuery({ ...accountsQuery(account), enabled: readsImages })
  const lines: Array<{ key: string; ready: boolean; text: () => string }> = []
  // A read that failed is said once, at the top of the card; its line is left out rather than loading for ever.
  const failed = (q: { error: unknown; data: unknown }) => Boolean(q.error) && q.data === undefined
  if (allowed('ReadVms') && !failed(vms))
    lines.push({
      key: 'vms',
      ready: vms.data !== undefined,
      text: () => {
        const c = countVms(itemsOf(vmResource, vms.data))
        return `${t('all.resources.vms', { count: c.running + c.stopped + c.changing })} · ${t('all.resources.vmsRunning', { count: c.running })}`
      },
    })
  if (allowed('ReadVolumes') && !failed(volumes))
    lines.push({
      key: 'volumes',
      ready: volumes.data !== undefined,
      text: () => t('all.resources.volumes', { count: volumes.data?.Volumes?.length ?? 0 }),
    })
  if (allowed('ReadPublicIps') && !failed(ips))
    lines.push({
      key: 'public-ips',
      ready: ips.data !== undefined,
      text: () => {
        const c = countPublicIps(ips.data?.PublicIps ?? [])
        return `${t('all.resources.publicIps', { count: c.attached + c.idle })} · ${t('all.resources.idle', { count: c.idle })}`
      },
    })
  if (allowed('ReadLoadBalancers') && !failed(lbs))
    lines.push({
      key: 'load-balancers',
      ready: lbs.data !== undefined,
      text: () => t('all.resources.loadBalancers', { count: lbs.data?.LoadBalancers?.length ?? 0 }),
    })
  if (allowed('ReadSnapshots') && !failed(snapshots))
    lines.push({
      key: 'snapshots',
      ready: snapshots.data !== undefined,
      text: () => t('all.resources.snapshots', { count: snapshots.data?.Snapshots?.length ?? 0 }),
    })
  if (readsImages && !failed(images) && !failed(owner))
    lines.push({
      key: 'images',
      ready: images.data !== undefined && owner.data !== undefined,
      text: () =>
        t('all.resources.images', {
          count: ownImages(images.data?.Images ?? [], owner.data?.Accounts?.[0]?.AccountId).length,
        }),
    })
  if (lines.length === 0) return null
  return (
    <ul aria-label={t('all.resources')} className="grid grid-cols-1 gap-x-4 gap-y-0.5 text-sm sm:grid-cols-2">
      {lines.map((line) => (
        <li key={line.key} className="tabular-nums">
          {line.ready ? line.text() : <Skeleton className="h-4 w-28" />}
        </li>
      ))}
    </ul>
  )
}

function Attention({ account, now }: { account: string; now: number }) {
  const t = useT()
  const attention = useAttention(account, now, DEFAULT_SNAPSHOT_AGE_DAYS)
  if (!attention.readable || attention.failed.length > 0) return null
  return (
    <p className="text-sm">
      <span className="muted">{t('all.attention')} · </span>
      {attention.loading ? (
        <Skeleton className="inline-block h-4 w-24 align-middle" />
      ) : (
        <Link {...paths.home({ account })} className={`font-medium ${linkClass}`}>
          {t('all.attention.count', { count: attention.items.length })}
        </Link>
      )}
    </p>
  )
}

/** The first read of the account that failed with nothing to show, to say once why the card is incomplete. */
function useFirstFailure(me: Me | undefined, account: string, now: number) {
  const allowed = (action: ActionName) => can(me, account, action)
  const reads = [
    useQuery({ ...monthQuery(account, now), enabled: allowed('ReadConsumptionAccount') }),
    useQuery({ ...quotasQuery(account), enabled: allowed('ReadQuotas') }),
    useQuery({ ...listQuery(vmResource, account), enabled: allowed('ReadVms') }),
    useQuery({ ...volumesQuery(account), enabled: allowed('ReadVolumes') }),
    useQuery({ ...publicIpsQuery(account), enabled: allowed('ReadPublicIps') }),
  ]
  const failed = reads.find((q) => q.error && q.data === undefined)
  return failed ? { error: failed.error, retry: () => reads.forEach((q) => void q.refetch()) } : undefined
}

function AccountCard({ me, account, now }: { me: Me | undefined; account: MeAccount; now: number }) {
  const t = useT()
  const id = useId()
  const failure = useFirstFailure(me, account.id, now)
  const readsCosts = can(me, account.id, 'ReadConsumptionAccount')
  const readsQuotas = can(me, account.id, 'ReadQuotas')
  return (
    <li>
      <section aria-labelledby={id} className="card flex h-full min-w-0 flex-col gap-3 p-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id={id} className="text-base font-semibold">
            <Link {...paths.home({ account: account.id })} className={linkClass}>
              {account.name}
            </Link>
          </h2>
          <span className="rounded bg-slate-100 px-2 py-0.5 font-mono text-xs dark:bg-slate-800">
            {account.region}
          </span>
        </div>
        <p className="text-xs muted">{t('all.card.role', { role: account.role })}</p>
        {failure && (
          <ErrorPanel
            error={failure.error}
            onRetry={failure.retry}
            title={t('all.card.failed', { name: account.name })}
          />
        )}
        {readsCosts && <Costs account={account.id} now={now} />}
        {readsQuotas && <NearestQuota account={account.id} />}
        <Counts me={me} account={account.id} />
        <Attention account={account.id} now={now} />
      </section>
    </li>
  )
}

/** The accounts' costs summed per currency; an account whose cost is unknown is said to be left out. */
function Totals({ me, now }: { me: Me | undefined; now: number }) {
  const t = useT()
  const accounts = me?.accounts ?? []
  // The cards' own queries: the totals read nothing more.
  const months = useQueries({
    queries: accounts.map((a) => ({
      ...monthQuery(a.id, now),
      enabled: can(me, a.id, 'ReadConsumptionAccount'),
    })),
  })
  const costs: AccountCost[] = accounts.map((a, i) => {
    const data = months[i]?.data
    const soFar = data ? costOf(data.ConsumptionEntries) : undefined
    return {
      account: a.id,
      currency: data?.Currency ?? undefined,
      soFar,
      forecast: soFar === undefined ? undefined : forecastMonthEnd(soFar, now),
    }
  })
  const totals = totalsByCurrency(costs)
  const counted = new Set(totals.flatMap((total) => total.accounts))
  const missing = accounts.length - counted.size
  const headingId = useId()
  return (
    <section aria-labelledby={headingId} className="card flex min-w-0 flex-col gap-2 p-4">
      <h2 id={headingId} className="text-base font-semibold">
        {t('all.totals')}
      </h2>
      {totals.length === 0 ? (
        <p className="text-sm muted">{t('all.totals.none')}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-sm" aria-labelledby={headingId}>
            <thead>
              <tr className="text-left muted">
                <th scope="col" className="py-1 pr-4 font-medium">
                  {t('all.totals.currency')}
                </th>
                <th scope="col" className="py-1 pr-4 font-medium max-sm:hidden">
                  {t('all.totals.accounts')}
                </th>
                <th scope="col" className="py-1 pr-4 text-right font-medium">
                  {t('all.totals.soFar')}
                </th>
                <th scope="col" className="py-1 text-right font-medium">
                  {t('all.totals.forecast')}
                </th>
              </tr>
            </thead>
            <tbody>
              {totals.map((total) => (
                <TotalRow
                  key={total.currency}
                  {...total}
                  names={total.accounts.map((id) => accounts.find((a) => a.id === id)?.name ?? id)}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {missing > 0 && <p className="text-xs muted">{t('all.totals.missing', { count: missing })}</p>}
      <p className="text-xs muted">{t('all.forecastHow')}</p>
    </section>
  )
}

function TotalRow({
  currency,
  soFar,
  forecast,
  names,
}: {
  currency: string
  soFar: number
  forecast: number | undefined
  names: string[]
}) {
  const money = useMoney(currency)
  return (
    <tr className="border-t border-slate-100 dark:border-slate-800">
      <th scope="row" className="py-1 pr-4 text-left font-mono font-normal">
        {currency}
      </th>
      <td className="py-1 pr-4 max-sm:hidden">{names.join(', ')}</td>
      <td className="py-1 pr-4 text-right font-semibold tabular-nums">{money(soFar)}</td>
      <td className="py-1 text-right tabular-nums">{forecast === undefined ? '—' : money(forecast)}</td>
    </tr>
  )
}

export default function AllAccountsPage() {
  const t = useT()
  const me = useMe()
  // Minutes are enough: the forecast moves slowly, and the day changes once.
  const now = useNow(60_000)
  const accounts = me?.accounts ?? []
  return (
    <div className="flex flex-col gap-4 p-6">
      <PageHeader title={t('all.title')} description={t('all.description')} />
      <Totals me={me} now={now} />
      <ul aria-label={t('all.accounts')} className="grid gap-4 lg:grid-cols-2 2xl:grid-cols-3">
        {accounts.map((account) => (
          <AccountCard key={account.id} me={me} account={account} now={now} />
        ))}
      </ul>
    </div>
  )
}
