// The consumption of a period as two tables: each entry as OUTSCALE returns it, and the price per service.
import type { ConsumptionEntry } from '@osc-console/osc-api'
import { formatAmount, formatMoney, grandTotal, type ServiceTotal } from './consumption-rows.ts'

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
  const services = totals.map((t) => ({
    ...t,
    rows: entries.filter((e) => (e.Service ?? 'Other') === t.service),
  }))
  return (
    <div className="card overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="px-3 py-2 text-left text-base font-semibold">
          Consumption by service and type
        </caption>
        <thead className="border-y border-slate-200 bg-slate-50 text-xs muted dark:border-slate-700 dark:bg-slate-800">
          <tr>
            <th scope="col" className={th}>
              Operation
            </th>
            <th scope="col" className={th}>
              Type
            </th>
            <th scope="col" className={th}>
              Title
            </th>
            <th scope="col" className={`${th} text-right`}>
              Value
            </th>
            <th scope="col" className={`${th} text-right`}>
              Price
            </th>
          </tr>
        </thead>
        {services.map((s) => (
          <tbody key={s.service}>
            <tr className="border-b border-slate-200 bg-slate-50/60 dark:border-slate-700 dark:bg-slate-800/60">
              <th scope="rowgroup" colSpan={4} className="px-3 py-1.5 text-left font-semibold">
                Service: {s.service}
              </th>
              <td className={`${num} font-semibold`}>{formatMoney(s.price, currency)}</td>
            </tr>
            {s.rows.map((e, i) => (
              <tr key={i} className="border-b border-slate-100 align-top last:border-0 dark:border-slate-800">
                <td className="px-3 py-2 whitespace-nowrap">{e.Operation}</td>
                <td className="px-3 py-2">
                  <TypeName type={e.Type} />
                  {e.SubregionName && <span className="block text-xs muted">{e.SubregionName}</span>}
                </td>
                <td className="px-3 py-2">{e.Title}</td>
                <td className={num}>{formatAmount(e.Value)}</td>
                <td className={`${num} whitespace-nowrap`}>
                  {formatMoney(e.Price, currency)}
                  {e.UnitPrice !== undefined && (
                    <span className="block text-xs muted">
                      {formatMoney(e.UnitPrice, currency, 4)} / unit
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

export function TotalsTable({ totals, currency }: { totals: ServiceTotal[]; currency?: string }) {
  return (
    <div className="card overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="px-3 py-2 text-left text-base font-semibold">Totals by service</caption>
        <thead className="border-y border-slate-200 bg-slate-50 text-xs muted dark:border-slate-700 dark:bg-slate-800">
          <tr>
            <th scope="col" className={th}>
              Service
            </th>
            <th scope="col" className={`${th} text-right`}>
              Entries
            </th>
            <th scope="col" className={`${th} text-right`}>
              Price
            </th>
          </tr>
        </thead>
        <tbody>
          {totals.map((t) => (
            <tr key={t.service} className="border-b border-slate-100 dark:border-slate-800">
              <th scope="row" className="px-3 py-2 text-left font-normal">
                {t.service}
              </th>
              <td className={num}>{t.entries}</td>
              <td className={num}>{formatMoney(t.price, currency)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot className="font-semibold">
          <tr>
            <th scope="row" className="px-3 py-2 text-left">
              All services
            </th>
            <td className={num}>{totals.reduce((n, t) => n + t.entries, 0)}</td>
            <td className={num}>{formatMoney(grandTotal(totals), currency)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  )
}
