// "Group by": the period's cost by service (the page's own tables), or by the value of a tag key — cost per team,
// env or owner. The tag join is made by the console, so a billing person sees it without reading any resource.
import { useId, useState, type FormEvent } from 'react'
import { useQuery } from '@tanstack/react-query'
import type { TagCost } from '@osc-console/osc-api'
import { useT } from '../../i18n/text.ts'
import { useFormatters } from '../../i18n/format.ts'
import { ErrorPanel } from '../../ui/ErrorPanel.tsx'
import { Skeleton } from '../../ui/Skeleton.tsx'
import { costByTagQuery } from './queries.ts'
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

const th = 'px-3 py-2 text-left font-medium'
const num = 'px-3 py-2 text-right tabular-nums'

function Row({ label, group, currency }: { label: string; group: TagCost; currency?: string }) {
  const f = useFormatters()
  return (
    <tr className="border-b border-slate-100 dark:border-slate-800">
      <th scope="row" className="px-3 py-2 text-left font-normal">
        {label}
      </th>
      <td className={num}>{f.number(group.resources)}</td>
      <td className={num}>{f.money(group.cost, currency)}</td>
    </tr>
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
  const f = useFormatters()
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
  return (
    <div className="card overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="px-3 py-2 text-left text-base font-semibold">{title}</caption>
        <thead className="border-y border-slate-200 bg-slate-50 text-xs muted dark:border-slate-700 dark:bg-slate-800">
          <tr>
            <th scope="col" className={th}>
              {t('consumption.column.tagValue', { key: tagKey })}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {t('consumption.column.resources')}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {t('consumption.column.price')}
            </th>
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => (
            <Row key={group.value} label={group.value} group={group} currency={currency} />
          ))}
          <Row label={t('consumption.untagged')} group={untagged} currency={currency} />
        </tbody>
        <tfoot className="font-semibold">
          <tr>
            <th scope="row" className="px-3 py-2 text-left">
              {t('consumption.allValues')}
            </th>
            <td className={num}>{f.number(groups.reduce((n, g) => n + g.resources, untagged.resources))}</td>
            <td className={num}>{f.money(total, currency)}</td>
          </tr>
        </tfoot>
      </table>
      <p className="px-3 pb-3 text-xs muted">{t('consumption.byTagHow', { key: tagKey })}</p>
    </div>
  )
}
