/** One figure of a benchmark, printed beside its baseline measured in the same run. */
export interface BenchRow {
  name: string
  value: number
  unit: string
  baseline: number
  baselineName: string
  /** The goal in words, e.g. "≤ 1.2×" or "p50 ≤ 50 ms". */
  target?: string
  /**
   * The machine's 1-minute load average while the figure was measured (set by run.ts when the benchmark does not):
   * a figure taken with the cores busy elsewhere is noisier.
   */
  load?: { end: number; max: number }
}
