// The drawing of a sparkline, in its own chunk: a line over time scaled from 0 to the ceiling, and a dot on the
// latest value. Decorative to assistive technology: the wrapper's label says the same in words.
import { scaleLinear } from '@visx/scale'
import { LinePath } from '@visx/shape'
import type { SparklineProps } from './Sparkline.tsx'

const PAD = 2

export default function SparklineSvg({
  points,
  ceiling,
  width = 96,
  height = 24,
}: Omit<SparklineProps, 'label'>) {
  const first = points[0]?.at ?? 0
  const last = points.at(-1)?.at ?? first
  const top = Math.max(ceiling, ...points.map((p) => p.value), 1)
  const x = scaleLinear({ domain: [first, last === first ? first + 1 : last], range: [PAD, width - PAD] })
  const y = scaleLinear({ domain: [0, top], range: [height - PAD, PAD] })
  const end = points.at(-1)
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
      focusable="false"
      className="h-auto max-w-full overflow-visible"
    >
      <line
        x1={PAD}
        x2={width - PAD}
        y1={y(ceiling)}
        y2={y(ceiling)}
        className="stroke-slate-300 dark:stroke-slate-600"
        strokeDasharray="2 2"
      />
      <LinePath
        data={points as Array<{ at: number; value: number }>}
        x={(p) => x(p.at)}
        y={(p) => y(p.value)}
        className="fill-none stroke-blue-600 dark:stroke-blue-400"
        strokeWidth={1.5}
      />
      {end && <circle cx={x(end.at)} cy={y(end.value)} r={2} className="fill-blue-600 dark:fill-blue-400" />}
    </svg>
  )
}
