// When will a quota be full at the current pace? A straight line fitted by least squares through the retained
// samples gives the pace (units per day); from the latest sample, the limit is reached after (max - used) / pace.
// A flat or falling quota is never full at this pace, and one sample is not a pace.
import type { QuotaTrend, QuotaTrendPoint } from '@osc-console/osc-api'

const DAY = 86_400_000

export interface Sample {
  /** Epoch ms. */
  at: number
  used: number
  max: number
}

/** The slope and intercept of the least-squares line through the points, or undefined when x does not vary. */
export function leastSquares(
  points: ReadonlyArray<{ x: number; y: number }>,
): { slope: number; intercept: number } | undefined {
  const n = points.length
  if (n < 2) return undefined
  const meanX = points.reduce((sum, p) => sum + p.x, 0) / n
  const meanY = points.reduce((sum, p) => sum + p.y, 0) / n
  let sxx = 0
  let sxy = 0
  for (const p of points) {
    sxx += (p.x - meanX) ** 2
    sxy += (p.x - meanX) * (p.y - meanY)
  }
  if (sxx === 0) return undefined
  const slope = sxy / sxx
  return { slope, intercept: meanY - slope * meanX }
}

export type TrendEstimate = Pick<QuotaTrend, 'estimate' | 'perDay' | 'fullAt'>

/** The pace of a quota's samples (oldest first) and when it reaches its limit at that pace. */
export function estimateFull(samples: readonly Sample[]): TrendEstimate {
  const last = samples.at(-1)
  if (!last) return { estimate: 'too-few-samples', perDay: null, fullAt: null }
  // Days since the first sample: small numbers keep the sums exact enough.
  const origin = samples[0]!.at
  const line = leastSquares(samples.map((s) => ({ x: (s.at - origin) / DAY, y: s.used })))
  const perDay = line ? line.slope : null
  if (last.max > 0 && last.used >= last.max) return { estimate: 'full', perDay, fullAt: null }
  if (perDay === null) return { estimate: 'too-few-samples', perDay: null, fullAt: null }
  // A pace below one unit a century is rounding noise from identical samples, not growth.
  if (perDay <= 1 / 36_500) return { estimate: 'not-at-this-pace', perDay, fullAt: null }
  const days = (last.max - last.used) / perDay
  return { estimate: 'full-at', perDay, fullAt: new Date(last.at + days * DAY).toISOString() }
}

/** One quota's answer: its samples as the page draws them, and the estimate. */
export function quotaTrend(quotaType: string, name: string, samples: readonly Sample[]): QuotaTrend {
  const points: QuotaTrendPoint[] = samples.map((s) => ({
    at: new Date(s.at).toISOString(),
    used: s.used,
    max: s.max,
  }))
  return { quotaType, name, samples: points, ...estimateFull(samples) }
}
