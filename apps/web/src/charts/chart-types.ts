// What a chart is given, shared by the wrapper (first load) and the drawing (its own chunk).

export interface ChartSeries {
  id: string
  /** The name shown in the legend, the tooltip and the table's column header. */
  label: string
  /** One value per entry of the chart's `x`, in the same order. */
  values: readonly number[]
}

export interface ChartDrawing {
  /** The x values in order: days (YYYY-MM-DD) or any other category. */
  x: readonly string[]
  series: readonly ChartSeries[]
  /** The axes' titles, with their unit or currency: "Day (UTC)", "Cost (EUR)". */
  xLabel: string
  yLabel: string
  /** A short tick label for an x value ("3 Jun"). */
  formatTick: (x: string) => string
  /** The full label of an x value, for the tooltip and the table ("Tuesday 3 June 2025"). */
  formatX: (x: string) => string
  /** A value with its unit or currency ("€12.40"). */
  formatValue: (value: number) => string
  /**
   * A value on the y axis, when the unit is long enough to crowd it ("250" rather than "250 kg CO₂e", the axis
   * title saying the unit); `formatValue` by default.
   */
  formatAxis?: (value: number) => string
  /** The word for the sum of every series at one x, in the tooltip and the table. */
  totalLabel: string
  height: number
}

/**
 * The colours of the series, in order: a class for SVG marks and one for the legend's swatches. Every colour has
 * a lighter dark-theme variant so bars stay distinct from the dark background.
 */
export const seriesColours: ReadonlyArray<{ fill: string; swatch: string }> = [
  { fill: 'fill-blue-600 dark:fill-blue-400', swatch: 'bg-blue-600 dark:bg-blue-400' },
  { fill: 'fill-amber-500 dark:fill-amber-300', swatch: 'bg-amber-500 dark:bg-amber-300' },
  { fill: 'fill-emerald-600 dark:fill-emerald-400', swatch: 'bg-emerald-600 dark:bg-emerald-400' },
  { fill: 'fill-violet-600 dark:fill-violet-400', swatch: 'bg-violet-600 dark:bg-violet-400' },
  { fill: 'fill-rose-600 dark:fill-rose-400', swatch: 'bg-rose-600 dark:bg-rose-400' },
  { fill: 'fill-cyan-600 dark:fill-cyan-400', swatch: 'bg-cyan-600 dark:bg-cyan-400' },
  { fill: 'fill-lime-600 dark:fill-lime-400', swatch: 'bg-lime-600 dark:bg-lime-400' },
  { fill: 'fill-slate-500 dark:fill-slate-300', swatch: 'bg-slate-500 dark:bg-slate-300' },
]

export const colourOf = (index: number) => seriesColours[index % seriesColours.length]!

/** The sum of every series at each x: the height of each stacked bar. */
export function totalsAt(drawing: Pick<ChartDrawing, 'x' | 'series'>): number[] {
  return drawing.x.map((_, i) => drawing.series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0))
}
