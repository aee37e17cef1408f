// The account home, where a person lands: what the account runs, what it costs this month, the quotas nearly
// used up, what needs attention and the latest activity. Each block reads on its own and is drawn only when the
// person's role may read what it shows: a billing person sees costs and quotas, an operator everything.
import { useCan, useAccountId, useCurrentAccount, useMe } from '../../app/account.ts'
import { readsAuditLog } from '../../app/nav.ts'
import { useT } from '../../i18n/text.ts'
import { PageHeader } from '../../ui/PageHeader.tsx'
import { MonthToDate } from './MonthToDate.tsx'
import { NearQuotas } from './NearQuotas.tsx'
import { NeedsAttention } from './NeedsAttention.tsx'
import { RecentActivity } from './RecentActivity.tsx'
import { ResourceCounts } from './ResourceCounts.tsx'

export default function HomePage() {
  const t = useT()
  const account = useAccountId()
  const current = useCurrentAccount()
  const can = useCan()
  const me = useMe()
  const costs = can('ReadConsumptionAccount').allowed
  const quotas = can('ReadQuotas').allowed
  const name = current?.name ?? account
  return (
    <div className="flex flex-col gap-4 p-6">
      <PageHeader
        title={t('home.title', { name })}
        description={t('home.description', { region: current?.region ?? '' })}
      />
      <ResourceCounts account={account} />
      <div className="grid items-start gap-4 lg:grid-cols-2">
        <NeedsAttention account={account} />
        {(costs || quotas) && (
          <div className="flex min-w-0 flex-col gap-4">
            {costs && <MonthToDate account={account} />}
            {quotas && <NearQuotas account={account} />}
          </div>
        )}
      </div>
      {/* Who changed which resource is not for a person who only sees costs. */}
      {readsAuditLog(me, account) && <RecentActivity account={account} />}
    </div>
  )
}
