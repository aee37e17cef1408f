// The consumption of a period as two tables: each entry as OUTSCALE returns it, and the price per service.
import type { ReactNode } from 'react'
import type { ConsumptionEntry } from '@osc-console/osc-api'
import { grandTotal, type ServiceTotal } from './consumption-rows.ts'
import { useT } from '../../i18n/text.ts'
import { useFormatters } from '../../i18n/format.ts'

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
 * The entries under one heading row per service (the CSV has Service as a column instead), so that at 1024 px the
 * title of each entry still has room.
 */
export function EntriesTable({
  entries,
  totals,
  currency,
}: {
  entries: ConsumptionEntry[]
  totals: ServiceTotal[]
  currency?: string
}) {
  const t = useT()
  const f = useFormatters()
  const services = totals.map((total) => ({
    ...total,
    rows: entries.filter((e) => (e.Service ?? 'Other') === total.service),
  }))
  return (
    <div className="card overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="px-3 py-2 text-left text-base font-semibold">
          {t('consumption.entriesTable')}
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
        {services.map((s) => (
          <tbody key={s.service}>
            <tr className="border-b border-slate-200 bg-slate-50/60 dark:border-slate-700 dark:bg-slate-800/60">
              <th scope="rowgroup" colSpan={4} className="px-3 py-1.5 text-left font-semibold">
                {t('consumption.serviceHeading', { service: s.service })}
              </th>
              <td className={`${num} font-semibold`}>{f.money(s.price, currency)}</td>
            </tr>
            {s.rows.map((e, i) => (
              <tr key={i} className="border-b border-slate-100 align-top last:border-0 dark:border-slate-800">
                <td className="px-3 py-2 whitespace-nowrap">{e.Operation}</td>
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

export function TotalsTable({ totals, currency }: { totals: ServiceTotal[]; currency?: string }) {
  const t = useT()
  return (
    <SummaryTable
      caption={t('consumption.totalsTable')}
      groupHeader={t('consumption.column.service')}
      countHeader={t('consumption.column.entries')}
      rows={totals.map((total) => ({
        key: total.service,
        label: total.service,
        count: total.entries,
        price: total.price,
      }))}
      total={{
        label: t('consumption.allServices'),
        count: totals.reduce((n, total) => n + total.entries, 0),
        price: grandTotal(totals),
      }}
      currency={currency}
    />
  )
}
