// `npm run bench`: runs every bench/*.bench.ts, prints one table (figure, baseline measured in the same run, ratio)
// with the machine's load average beside each figure, and writes bench/results.json. Each benchmark module exports
// `default async () => BenchRow[]`.
import { readdirSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { BenchRow } from './types.ts'

const dir = import.meta.dirname
const only = process.argv.slice(2)
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort()

const results: Array<BenchRow & { bench: string; ratio: number }> = []
const failures: string[] = []
for (const file of files) {
  console.log(`running ${file}…`)
  // The 1-minute load average, sampled each second while the benchmark runs: its highest value and the one at the
  // end go beside each of its figures.
  let max = loadavg()[0]!
  const sampler = setInterval(() => (max = Math.max(max, loadavg()[0]!)), 1000)
  try {
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as { default: () => Promise<BenchRow[]> }
    const rows = await mod.default()
    const load = { end: loadavg()[0]!, max: Math.max(max, loadavg()[0]!) }
    for (const row of rows) results.push({ load, ...row, bench: file, ratio: row.value / row.baseline })
  } catch (error) {
    failures.push(`${file}: ${error instanceof Error ? error.message : String(error)}`)
  } finally {
    clearInterval(sampler)
  }
}

const fmt = (n: number) =>
  Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 1 ? n.toFixed(2) : n.toPrecision(3)
const table = [
  ['benchmark', 'figure', 'value', 'baseline', 'baseline value', 'ratio', 'target', 'load (end / max)'],
  ...results.map((r) => [
    r.bench.replace('.bench.ts', ''),
    r.name,
    `${fmt(r.value)} ${r.unit}`,
    r.baselineName,
    `${fmt(r.baseline)} ${r.unit}`,
    `${fmt(r.ratio)}×`,
    r.target ?? '',
    r.load ? `${r.load.end.toFixed(2)} / ${r.load.max.toFixed(2)}` : '',
  ]),
]
const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)))
for (const row of table) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  '))
console.log(
  `load: the 1-minute load average at the end of each benchmark / its highest during it, on ${availableParallelism()} cores`,
)
for (const failure of failures) console.error(`FAILED ${failure}`)
writeFileSync(
  join(dir, 'results.json'),
  JSON.stringify(
    { date: new Date().toISOString(), cores: availableParallelism(), results, failures },
    null,
    2,
  ),
)
console.log(`\nbench/results.json written (${results.length} figures, ${failures.length} failed benchmarks)`)
process.exit(failures.length ? 1 : 0)
