// The quotas at 80 % or more of their maximum, fullest first, with the way to the Quotas page.
import { useMemo } from 'react'
import { useQuery } from '@tanstack/react-query'
import { useT } from '../../i18n/text.ts'
import { quotasQuery } from '../quotas/queries.ts'
import { groupQuotas, quotasNeedingAttention, type QuotaUsage } from '../quotas/quota-usage.ts'
import { Section, Loaded, SectionLink, readState } from '../../kit/Section.tsx'
import { UsageBar } from '../quotas/UsageBar.tsx'

/** At most this many quotas on the home; the Quotas page lists every one. */
const SHOWN = 6

function QuotaLine({ usage }: { usage: QuotaUsage }) {
  const t = useT()
  const name = usage.quota.ShortDescription || usage.quota.Name || ''
  const text = t('home.quotas.usage', {
    used: usage.used,
    max: usage.max,
    percent: Math.floor(usage.ratio * 100),
  })
  return (
    <li className="flex flex-col gap-1">
      <div className="flex flex-wrap items-baseline justify-between gap-x-2 text-sm">
        <span className="font-medium">
          {name}{' '}
          <span className="text-xs font-normal muted">
            {usage.level === 'full'
              ? t('home.quotas.full')
              : usage.level === 'critical'
                ? t('home.quotas.critical')
                : t('home.quotas.near')}
          </span>
        </span>
        <span className="tabular-nums muted">{text}</span>
      </div>
      <UsageBar usage={usage} label={name} />
    </li>
  )
}

export function NearQuotas({ account }: { account: string }) {
  const t = useT()
  const query = useQuery(quotasQuery(account))
  const near = useMemo(() => quotasNeedingAttention(groupQuotas(query.data?.QuotaTypes ?? [])), [query.data])
  const title = t('home.quotas')
  return (
    <Section
      title={title}
      action={
        <SectionLink account={account} section="quotas">
          {t('home.quotas.open')}
        </SectionLink>
      }
    >
      <Loaded what={title} {...readState(query)}>
        {() =>
          near.length === 0 ? (
            <p className="text-sm muted">{t('home.quotas.none')}</p>
          ) : (
            <ul className="flex flex-col gap-3">
              {near.slice(0, SHOWN).map((usage) => (
                <QuotaLine key={`${usage.quota.QuotaCollection}/${usage.quota.Name}`} usage={usage} />
              ))}
            </ul>
          )
        }
      </Loaded>
    </Section>
  )
}
