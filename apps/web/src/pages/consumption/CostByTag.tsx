// "Group by": the period's cost by service (the page's own tables), or by the value of a tag key — cost per team,
// env or owner. The tag join is made by the console, so a billing person sees it without reading any resource.
import { useId, useState, type FormEvent } from 'react'
import { useQuery } from '@tanstack/react-query'
import type { TagCost } from '@osc-console/osc-api'
import { useT } from '../../i18n/text.ts'
import { ErrorPanel } from '../../ui/ErrorPanel.tsx'
import { Skeleton } from '../../ui/Skeleton.tsx'
import { costByTagQuery } from './queries.ts'
import { SummaryTable } from './ConsumptionTables.tsx'
import type { Period } from './period.ts'

/** The key offered first: the demo and most teams tag by team. */
const SUGGESTED_KEY = 'team'

export function GroupBy({
  tag,
  onChange,
}: {
  tag: string | undefined
  onChange: (tag: string | undefined) => void
}) {
  const t = useT()
  const selectId = useId()
  const [draft, setDraft] = useState(tag ?? SUGGESTED_KEY)
  const [shown, setShown] = useState(tag)
  const [byTag, setByTag] = useState(tag !== undefined)
  // When the URL's key changes (back, a link), the form shows it again.
  if (shown !== tag) {
    setShown(tag)
    setByTag(tag !== undefined)
    if (tag) setDraft(tag)
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const key = draft.trim()
    if (key) onChange(key)
  }
  return (
    <form
      aria-label={t('consumption.groupBy')}
      onSubmit={submit}
      className="flex flex-wrap items-end gap-2"
      noValidate
    >
      <label htmlFor={selectId} className="flex flex-col text-xs font-medium">
        {t('consumption.groupBy')}
        <select
          id={selectId}
          className="input w-40"
          value={byTag ? 'tag' : 'service'}
          onChange={(event) => {
            const next = event.target.value === 'tag'
            setByTag(next)
            if (!next) onChange(undefined)
            else if (draft.trim()) onChange(draft.trim())
          }}
        >
          <option value="service">{t('consumption.groupBy.service')}</option>
          <option value="tag">{t('consumption.groupBy.tag')}</option>
        </select>
      </label>
      {byTag && (
        <>
          <label className="flex flex-col text-xs font-medium">
            {t('consumption.tagKey')}
            <input
              className="input w-40"
              value={draft}
              maxLength={255}
              onChange={(event) => setDraft(event.target.value)}
            />
          </label>
          <button type="submit" className="btn" disabled={!draft.trim()}>
            {t('consumption.groupBy.apply')}
          </button>
        </>
      )}
    </form>
  )
}

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
