// The consumption of a period as two tables: each entry as OUTSCALE returns it, under its group, and the price
// per group (service, category, type, subregion or resource).
import type { ReactNode } from 'react'
import type { ConsumptionEntry } from '@osc-console/osc-api'
import { entriesByGroup, totalOf, type GroupTotal } from './grouping.ts'
import type { ConsumptionGroup } from './search.ts'
import { useT } from '../../i18n/text.ts'
import { useFormatters } from '../../i18n/format.ts'

/** A group's name as a person reads it: its key, or what it lacks ("No subregion") when it has none. */
/**
 * A group's name in words; by account, the paying account (`payer`, the one the page is about in an Overall
 * reading) is said to be this account.
 */
export function useGroupName(group: ConsumptionGroup, payer?: string): (key: string) => string {
  const t = useT()
  return (key) =>
    group === 'account' && key && key === payer
      ? t('consumption.overall.accountName', { id: key })
      : key || t(`consumption.none.${group}` as const)
}

/** "BoxUsage:tinav6.c4r8p2" may break after its colon only, so a narrow column never cuts a VM type in two. */
function TypeName({ type = '' }: { type?: string }) {
  const at = type.indexOf(':') + 1
  return (
    <span className="font-mono text-xs">
      {type.slice(0, at)}
      {at > 0 && <wbr />}
      <span className="whitespace-nowrap">{type.slice(at)}</span>
    </span>
  )
}

const th = 'px-3 py-2 text-left font-medium'
const num = 'px-3 py-2 text-right tabular-nums'

/**
 * The entries under one heading row per group (the CSV has the group as a column instead), so that at 1024 px the
 * title of each entry still has room.
 */
export function EntriesTable({
  entries,
  group,
  totals,
  currency,
  payer,
}: {
  entries: ConsumptionEntry[]
  group: ConsumptionGroup
  totals: GroupTotal[]
  currency?: string
  /** The paying account, in an Overall reading. */
  payer?: string
}) {
  const t = useT()
  const f = useFormatters()
  const nameOf = useGroupName(group, payer)
  const groups = entriesByGroup(entries, totals, group)
  return (
    <div className="card overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="px-3 py-2 text-left text-base font-semibold">
          {t(`consumption.entries.${group}` as const)}
        </caption>
        <thead className="border-y border-slate-200 bg-slate-50 text-xs muted dark:border-slate-700 dark:bg-slate-800">
          <tr>
            <th scope="col" className={th}>
              {t('consumption.column.operation')}
            </th>
            <th scope="col" className={th}>
              {t('consumption.column.type')}
            </th>
            <th scope="col" className={th}>
              {t('consumption.column.title')}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {t('consumption.column.value')}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {t('consumption.column.price')}
            </th>
          </tr>
        </thead>
        {groups.map(({ total, rows }) => (
          <tbody key={total.key}>
            <tr className="border-b border-slate-200 bg-slate-50/60 dark:border-slate-700 dark:bg-slate-800/60">
              <th scope="rowgroup" colSpan={4} className="px-3 py-1.5 text-left font-semibold">
                {t(`consumption.heading.${group}` as const, { name: nameOf(total.key) })}
              </th>
              <td className={`${num} font-semibold`}>{f.money(total.price, currency)}</td>
            </tr>
            {rows.map((e, i) => (
              <tr key={i} className="border-b border-slate-100 align-top last:border-0 dark:border-slate-800">
                <td className="px-3 py-2 whitespace-nowrap">
                  {e.Operation}
                  {group !== 'service' && e.Service && (
                    <span className="block text-xs muted">{e.Service}</span>
                  )}
                </td>
                <td className="px-3 py-2">
                  <TypeName type={e.Type} />
                  {e.SubregionName && <span className="block text-xs muted">{e.SubregionName}</span>}
                </td>
                <td className="px-3 py-2">{e.Title}</td>
                <td className={num}>
                  {e.Value === undefined ? '' : f.number(e.Value, { maximumFractionDigits: 2 })}
                </td>
                <td className={`${num} whitespace-nowrap`}>
                  {f.money(e.Price, currency)}
                  {e.UnitPrice !== undefined && (
                    <span className="block text-xs muted">
                      {t('consumption.perUnit', { price: f.money(e.UnitPrice, currency, 4) })}
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  )
}

/** A summary of the period: one row per group (a service, a tag value) with a count and a price, and the total. */
export function SummaryTable({
  caption,
  groupHeader,
  countHeader,
  rows,
  total,
  currency,
  children,
}: {
  caption: string
  groupHeader: string
  countHeader: string
  rows: ReadonlyArray<{ key: string; label: string; count: number; price: number | undefined }>
  total: { label: string; count: number; price: number | undefined }
  currency?: string
  /** A note under the table. */
  children?: ReactNode
}) {
  const t = useT()
  const f = useFormatters()
  return (
    <div className="card overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="px-3 py-2 text-left text-base font-semibold">{caption}</caption>
        <thead className="border-y border-slate-200 bg-slate-50 text-xs muted dark:border-slate-700 dark:bg-slate-800">
          <tr>
            <th scope="col" className={th}>
              {groupHeader}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {countHeader}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {t('consumption.column.price')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-slate-100 dark:border-slate-800">
              <th scope="row" className="px-3 py-2 text-left font-normal">
                {row.label}
              </th>
              <td className={num}>{f.number(row.count)}</td>
              <td className={num}>{f.money(row.price, currency)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot className="font-semibold">
          <tr>
            <th scope="row" className="px-3 py-2 text-left">
              {total.label}
            </th>
            <td className={num}>{f.number(total.count)}</td>
            <td className={num}>{f.money(total.price, currency)}</td>
          </tr>
        </tfoot>
      </table>
      {children}
    </div>
  )
}

/** The period's price per group, and the total, which is the ungrouped one to the cent. */
export function TotalsTable({
  group,
  totals,
  currency,
  payer,
}: {
  group: ConsumptionGroup
  totals: GroupTotal[]
  currency?: string
  /** The paying account, in an Overall reading. */
  payer?: string
}) {
  const t = useT()
  const nameOf = useGroupName(group, payer)
  return (
    <SummaryTable
      caption={t(`consumption.totals.${group}` as const)}
      groupHeader={t(`consumption.column.${group}` as const)}
      countHeader={t('consumption.column.entries')}
      rows={totals.map((total) => ({
        key: total.key,
        label: nameOf(total.key),
        count: total.entries,
        price: total.price,
      }))}
      total={{
        label: t(`consumption.all.${group}` as const),
        count: totals.reduce((n, total) => n + total.entries, 0),
        price: totalOf(totals),
      }}
      currency={currency}
    >
      <p className="px-3 pb-3 text-xs muted">{t('consumption.groupsHow')}</p>
    </SummaryTable>
  )
}
