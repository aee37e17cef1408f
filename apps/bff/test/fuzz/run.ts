// `npm run fuzz`: hostile requests against the simulator and the console, then the fault run; one report.
//   npm run fuzz                          10,000 requests per target and the full fault run, a random seed
//   npm run fuzz -- --seed 42 --count 500 replay a run; the seed is printed at the start of every run
//   npm run fuzz -- --seed 42 --case 317  replay one request
//   npm run fuzz -- --short               the short run `npm test` makes (~1,200 requests, short fault run)
// Writes test-results/fuzz.json ({ passed, failed, seed, checks }) and exits 1 when a check failed.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { faultRun } from './fault-run.ts'
import { fuzz } from './fuzz.ts'
import type { Check } from './fuzz.ts'
import { startStack } from './targets.ts'

function parseArgs(argv: string[]) {
  const value = (name: string): number | undefined => {
    const i = argv.indexOf(name)
    if (i < 0) return undefined
    const n = Number(argv[i + 1])
    if (!Number.isInteger(n) || n < 0) {
      console.error(`${name} takes a whole number ≥ 0, got ${argv[i + 1] ?? 'nothing'}.`)
      process.exit(2)
    }
    return n
  }
  const known = new Set(['--seed', '--count', '--case', '--concurrency', '--short', '--no-faults'])
  const unknown = argv.filter((a, i) => a.startsWith('--') && !known.has(a) && !known.has(argv[i - 1] ?? ''))
  if (unknown.length) {
    console.error(`Unknown option ${unknown.join(', ')}. Known: ${[...known].join(', ')}.`)
    process.exit(2)
  }
  const short = argv.includes('--short')
  const only = value('--case')
  return {
    seed: value('--seed') ?? Math.floor(Math.random() * 2 ** 31),
    count: value('--count') ?? (short ? 600 : 10_000),
    short,
    concurrency: value('--concurrency') ?? 8,
    faults: !argv.includes('--no-faults') && only === undefined,
    ...(only !== undefined ? { only } : {}),
  }
}

const options = parseArgs(process.argv.slice(2))
console.log(
  `fuzz: seed ${options.seed}, ${options.count} requests per target${options.short ? ' (short run)' : ''}` +
    ` — replay with: npm run fuzz -- --seed ${options.seed} --count ${options.count}${options.short ? ' --short' : ''}`,
)
const started = Date.now()
const stack = await startStack()
const checks: Check[] = []
try {
  checks.push(...(await fuzz(stack, options)))
  if (options.faults) checks.push(...(await faultRun(stack, { short: options.short, seed: options.seed })))
} finally {
  await stack.close()
}

const counted = checks.filter((c) => !c.info)
const passed = counted.filter((c) => c.ok).length
const failed = counted.length - passed
for (const c of checks) console.log(`${c.info ? '  ·' : c.ok ? '  ✓' : '  ✗'} ${c.name}: ${c.detail}`)
console.log(
  `fuzz: ${passed} passed, ${failed} failed in ${((Date.now() - started) / 1000).toFixed(1)} s (seed ${options.seed})`,
)
const out = join(import.meta.dirname, '..', '..', '..', '..', 'test-results')
mkdirSync(out, { recursive: true })
writeFileSync(join(out, 'fuzz.json'), JSON.stringify({ seed: options.seed, passed, failed, checks }, null, 2))
process.exit(failed === 0 ? 0 : 1)
