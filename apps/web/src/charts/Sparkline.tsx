// A small line of a few values (a quota's samples), drawn beside a figure. It is one image named by a sentence the
// caller writes (what it shows, from what to what), so a screen reader gets the trend in words; the drawing loads
// lazily in its own chunk, like every chart.
import { lazy, Suspense } from 'react'

const SparklineSvg = lazy(() => import('./SparklineSvg.tsx'))

export interface SparklineProps {
  /** The values, oldest first, at their times (epoch ms). */
  points: ReadonlyArray<{ at: number; value: number }>
  /** The top of the scale (the quota's limit), so that the line's height says how full it is. */
  ceiling: number
  /** The sentence that says what the line shows, for those who cannot see it. */
  label: string
  width?: number
  height?: number
}

export function Sparkline({ points, ceiling, label, width = 96, height = 24 }: SparklineProps) {
  return (
    <span
      role="img"
      aria-label={label}
      title={label}
      className="inline-block max-w-full align-middle leading-none"
    >
      {/* The same room while the drawing loads, so the row does not move when it arrives. */}
      <Suspense fallback={<svg width={width} height={height} aria-hidden="true" />}>
        <SparklineSvg points={points} ceiling={ceiling} width={width} height={height} />
      </Suspense>
    </span>
  )
}
