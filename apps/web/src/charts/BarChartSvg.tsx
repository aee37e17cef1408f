// The drawing of a (stacked) bar chart, in its own chunk: visx only reaches the browser on pages that draw one.
// The bars are pictures of the figures the wrapper also lists in a table, so the SVG is one named image; the
// tooltip follows the mouse, and the arrow keys move it from bar to bar when the chart has the focus.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { scaleBand, scaleLinear } from '@visx/scale'
import { AxisBottom, AxisLeft } from '@visx/axis'
import { Group } from '@visx/group'
import { colourOf, totalsAt, type ChartDrawing } from './chart-types.ts'

const margin = { top: 12, right: 12, bottom: 52, left: 76 }
const axisText = { fill: 'currentColor', fontSize: 11, fontFamily: 'inherit' } as const

function useWidth() {
  const ref = useRef<HTMLDivElement>(null)
  const [width, setWidth] = useState(0)
  useEffect(() => {
    const element = ref.current
    if (!element) return
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry?.contentRect.width ?? 0)))
    observer.observe(element)
    return () => observer.disconnect()
  }, [])
  return [ref, width] as const
}

export default function BarChartSvg({
  drawing,
  labelledBy,
  describedBy,
}: {
  drawing: ChartDrawing
  labelledBy: string
  describedBy: string
}) {
  const [ref, width] = useWidth()
  const [active, setActive] = useState<number>()
  const { x, series, height } = drawing
  const totals = totalsAt(drawing)
  const innerWidth = Math.max(0, width - margin.left - margin.right)
  const innerHeight = height - margin.top - margin.bottom
  const xScale = scaleBand<string>({ domain: [...x], range: [0, innerWidth], padding: 0.2 })
  const yScale = scaleLinear<number>({
    domain: [0, Math.max(...totals, 0) || 1],
    range: [innerHeight, 0],
    nice: true,
  })
  // About one tick label per 64 px, so dates never overlap.
  const every = Math.max(1, Math.ceil(x.length / Math.max(1, innerWidth / 64)))
  const tickValues = x.filter((_, i) => i % every === 0)

  const onKeyDown = (event: KeyboardEvent) => {
    if (!x.length) return
    const last = x.length - 1
    const moves: Record<string, number> = {
      ArrowRight: Math.min(last, (active ?? -1) + 1),
      ArrowLeft: Math.max(0, (active ?? last + 1) - 1),
      Home: 0,
      End: last,
    }
    const next = moves[event.key]
    if (next === undefined) return
    event.preventDefault()
    setActive(next)
  }

  const activeX = active === undefined ? undefined : x[active]
  const tooltipLeft =
    activeX === undefined ? 0 : margin.left + (xScale(activeX) ?? 0) + xScale.bandwidth() / 2
  return (
    <div ref={ref} className="relative text-slate-600 dark:text-slate-300">
      {width > 0 && (
        <svg
          width={width}
          height={height}
          role="img"
          aria-labelledby={labelledBy}
          aria-describedby={describedBy}
          tabIndex={0}
          onKeyDown={onKeyDown}
          onBlur={() => setActive(undefined)}
          onMouseLeave={() => setActive(undefined)}
          className="rounded focus-visible:outline-2"
        >
          {/* The image is named as a whole; its parts (visx draws each label as its own <svg>) are not images. */}
          <Group left={margin.left} top={margin.top} aria-hidden="true">
            {yScale.ticks(4).map((tick) => (
              <line
                key={tick}
                x1={0}
                x2={innerWidth}
                y1={yScale(tick)}
                y2={yScale(tick)}
                className="stroke-slate-200 dark:stroke-slate-700"
              />
            ))}
            {x.map((key, i) => {
              let base = 0
              const left = xScale(key) ?? 0
              return (
                <g key={key} onMouseEnter={() => setActive(i)}>
                  {/* The whole column answers the mouse, not only the (maybe tiny) bar. */}
                  <rect
                    x={left}
                    y={0}
                    width={xScale.bandwidth()}
                    height={innerHeight}
                    className={i === active ? 'fill-slate-400/15' : 'fill-transparent'}
                  />
                  {series.map((s, index) => {
                    const value = s.values[i] ?? 0
                    const top = yScale(base + value)
                    const bottom = yScale(base)
                    base += value
                    return (
                      <rect
                        key={s.id}
                        x={left}
                        y={top}
                        width={xScale.bandwidth()}
                        height={Math.max(0, bottom - top)}
                        className={colourOf(index).fill}
                      />
                    )
                  })}
                </g>
              )
            })}
            <AxisLeft
              scale={yScale}
              numTicks={4}
              tickFormat={(v) => (drawing.formatAxis ?? drawing.formatValue)(Number(v))}
              stroke="currentColor"
              tickStroke="currentColor"
              tickLabelProps={{ ...axisText, textAnchor: 'end', dx: '-0.25em', dy: '0.25em' }}
              label={drawing.yLabel}
              labelOffset={52}
              labelProps={{ ...axisText, fontSize: 12, textAnchor: 'middle' }}
            />
            <AxisBottom
              top={innerHeight}
              scale={xScale}
              tickValues={tickValues}
              tickFormat={(v) => drawing.formatTick(String(v))}
              stroke="currentColor"
              tickStroke="currentColor"
              tickLabelProps={{ ...axisText, textAnchor: 'middle' }}
              label={drawing.xLabel}
              labelOffset={14}
              labelProps={{ ...axisText, fontSize: 12, textAnchor: 'middle' }}
            />
          </Group>
        </svg>
      )}
      {active !== undefined && activeX !== undefined && (
        <div
          aria-hidden="true"
          className="pointer-events-none absolute top-0 z-10 min-w-40 -translate-x-1/2 rounded-md border border-slate-200 bg-white p-2 text-xs text-slate-900 shadow-md dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100"
          style={{ left: Math.min(Math.max(tooltipLeft, 90), Math.max(90, width - 90)) }}
        >
          <p className="font-semibold">{drawing.formatX(activeX)}</p>
          <dl className="mt-1 grid grid-cols-[auto_auto] gap-x-3">
            {series.map((s, index) => (
              <div key={s.id} className="contents">
                <dt className="flex items-center gap-1">
                  {series.length > 1 && (
                    <span className={`inline-block size-2 rounded-sm ${colourOf(index).swatch}`} />
                  )}
                  {s.label}
                </dt>
                <dd className="text-right tabular-nums">{drawing.formatValue(s.values[active] ?? 0)}</dd>
              </div>
            ))}
            {series.length > 1 && (
              <div className="contents font-semibold">
                <dt>{drawing.totalLabel}</dt>
                <dd className="text-right tabular-nums">{drawing.formatValue(totals[active] ?? 0)}</dd>
              </div>
            )}
          </dl>
        </div>
      )}
    </div>
  )
}
