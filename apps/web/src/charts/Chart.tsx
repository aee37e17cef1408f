// Every chart of the console: a titled figure whose figures are also a table (hidden until asked for, always read
// by screen readers and axe), a legend when several series are stacked, and the drawing itself loaded lazily, so
// the page's numbers are on screen before the chart library arrives.
import { lazy, Suspense, useId, useState } from 'react'
import { useT } from '../i18n/text.ts'
import { Skeleton } from '../ui/Skeleton.tsx'
import { colourOf, totalsAt, type ChartDrawing, type ChartSeries } from './chart-types.ts'

const BarChartSvg = lazy(() => import('./BarChartSvg.tsx'))

export type { ChartSeries }

export interface ChartProps extends Omit<ChartDrawing, 'totalLabel' | 'height'> {
  title: string
  height?: number
  /** A class for the figure (margins, width). */
  className?: string
}

export function Chart({ title, height = 220, className = '', ...rest }: ChartProps) {
  const t = useT()
  const [tableShown, setTableShown] = useState(false)
  const id = useId()
  const titleId = `${id}-title`
  const descriptionId = `${id}-description`
  const tableId = `${id}-table`
  const drawing: ChartDrawing = { ...rest, height, totalLabel: t('chart.total') }
  const { series, x } = drawing
  const stacked = series.length > 1
  const totals = totalsAt(drawing)
  return (
    <figure aria-labelledby={titleId} className={`flex flex-col gap-2 ${className}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <figcaption id={titleId} className="text-sm font-semibold">
          {title}
        </figcaption>
        <button
          type="button"
          className="btn px-2 py-0.5 text-xs"
          aria-expanded={tableShown}
          aria-controls={tableId}
          onClick={() => setTableShown((shown) => !shown)}
        >
          {tableShown ? t('chart.hideTable') : t('chart.showTable')}
        </button>
      </div>
      <p id={descriptionId} className="sr-only">
        {t('chart.description', {
          kind: stacked ? 'stacked' : 'bars',
          y: drawing.yLabel,
          x: drawing.xLabel,
          title,
        })}
      </p>
      {stacked && (
        <ul aria-label={t('chart.legend')} className="flex flex-wrap gap-x-4 gap-y-1 text-xs">
          {series.map((s, index) => (
            <li key={s.id} className="flex items-center gap-1.5">
              <span
                aria-hidden="true"
                className={`inline-block size-3 rounded-sm ${colourOf(index).swatch}`}
              />
              {s.label}
            </li>
          ))}
        </ul>
      )}
      <Suspense
        fallback={
          <div role="status" aria-label={t('chart.drawing')}>
            <Skeleton className={`w-full ${height > 160 ? 'h-52' : 'h-32'}`} />
          </div>
        }
      >
        <BarChartSvg drawing={drawing} labelledBy={titleId} describedBy={descriptionId} />
      </Suspense>
      {/* Shown, a long table scrolls in its box, which the keyboard must be able to reach and scroll. */}
      <div
        id={tableId}
        className={tableShown ? 'max-h-72 overflow-auto' : 'sr-only'}
        {...(tableShown ? { tabIndex: 0, role: 'group', 'aria-labelledby': titleId } : {})}
      >
        <table className="w-full text-sm">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr className="border-b border-slate-200 text-left dark:border-slate-700">
              <th scope="col" className="px-2 py-1 font-medium">
                {drawing.xLabel}
              </th>
              {series.map((s) => (
                <th key={s.id} scope="col" className="px-2 py-1 text-right font-medium">
                  {stacked ? s.label : drawing.yLabel}
                </th>
              ))}
              {stacked && (
                <th scope="col" className="px-2 py-1 text-right font-medium">
                  {drawing.totalLabel}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {x.map((key, i) => (
              <tr key={key} className="border-b border-slate-100 last:border-0 dark:border-slate-800">
                <th scope="row" className="px-2 py-1 text-left font-normal">
                  {drawing.formatX(key)}
                </th>
                {series.map((s) => (
                  <td key={s.id} className="px-2 py-1 text-right tabular-nums">
                    {drawing.formatValue(s.values[i] ?? 0)}
                  </td>
                ))}
                {stacked && (
                  <td className="px-2 py-1 text-right font-medium tabular-nums">
                    {drawing.formatValue(totals[i] ?? 0)}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  )
}
