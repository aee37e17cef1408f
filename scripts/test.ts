// `npm test`: every check and every test runner, one after the other, then one closing line that sums them:
// "N passed, N failed". Static checks (lint, format, types, compose file) count as one test each.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { findChromium, chromiumHelp } from './chromium.ts'
import { PNPM } from './pnpm.ts'

const root = join(import.meta.dirname, '..')
const out = join(root, 'test-results')
mkdirSync(out, { recursive: true })
const only = new Set(process.argv.slice(2))

type Counts = { passed: number; failed: number; skipped: number }
const total: Counts = { passed: 0, failed: 0, skipped: 0 }
const summary: string[] = []

function exec(cmd: string, args: string[], env: Record<string, string> = {}) {
  const [bin, ...pre] = cmd === 'pnpm' ? PNPM : [cmd]
  const r = spawnSync(bin!, [...pre, ...args], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  })
  return r.status ?? 1
}

function record(name: string, counts: Counts) {
  total.passed += counts.passed
  total.failed += counts.failed
  total.skipped += counts.skipped
  summary.push(
    `${name.padEnd(12)} ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`,
  )
}

function check(name: string, cmd: string, args: string[], env: Record<string, string> = {}) {
  if (only.size && !only.has(name)) return
  console.log(`\n── ${name} ──`)
  const ok = exec(cmd, args, env) === 0
  record(name, { passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 })
}

function readJson(file: string): unknown {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined
}

function unitTests() {
  if (only.size && !only.has('unit')) return
  console.log('\n── unit and component tests (vitest) ──')
  const report = join(out, 'vitest.json')
  const status = exec('pnpm', [
    'exec',
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${report}`,
  ])
  const json = readJson(report) as
    | { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }
    | undefined
  const counts = json
    ? {
        passed: json.numPassedTests,
        failed: json.numFailedTests,
        skipped: json.numPendingTests + json.numTodoTests,
      }
    : { passed: 0, failed: 1, skipped: 0 }
  // A suite that fails to load reports no failed test but a non-zero exit: count it.
  if (status !== 0 && counts.failed === 0) counts.failed = 1
  record('unit', counts)
}

// The short fuzz run: ~1,500 hostile requests to the simulator and the console, then a short fault run. A fixed
// seed, so that a failure here replays with the same command (`npm run fuzz -- --short --seed 1`).
function fuzzRun() {
  if (only.size && !only.has('fuzz')) return
  console.log('\n── fuzz and fault run (short) ──')
  const report = join(out, 'fuzz.json')
  // A run that dies before its report must not be counted from the previous one.
  rmSync(report, { force: true })
  const status = exec('pnpm', ['exec', 'tsx', 'apps/bff/test/fuzz/run.ts', '--short', '--seed', '1'])
  const json = readJson(report) as { passed: number; failed: number } | undefined
  const counts = json
    ? { passed: json.passed, failed: json.failed, skipped: 0 }
    : { passed: 0, failed: 1, skipped: 0 }
  if (status !== 0 && counts.failed === 0) counts.failed = 1
  record('fuzz', counts)
}

function hasE2eTests() {
  const dir = join(root, 'e2e', 'tests')
  return existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.spec.ts'))
}

function browserTests() {
  if (only.size && !only.has('e2e')) return
  if (!hasE2eTests()) return
  console.log('\n── end-to-end tests (Playwright, Chromium) ──')
  const chromium = findChromium()
  if (!chromium) {
    console.error(chromiumHelp())
    record('e2e', { passed: 0, failed: 1, skipped: 0 })
    return
  }
  const report = join(out, 'playwright.json')
  const status = exec('pnpm', ['--filter', '@osc-console/e2e', 'exec', 'playwright', 'test'], {
    CHROMIUM_PATH: chromium,
    PLAYWRIGHT_JSON_OUTPUT_NAME: report,
  })
  const json = readJson(report) as
    { stats: { expected: number; unexpected: number; flaky: number; skipped: number } } | undefined
  const counts = json
    ? {
        passed: json.stats.expected + json.stats.flaky,
        failed: json.stats.unexpected,
        skipped: json.stats.skipped,
      }
    : { passed: 0, failed: 1, skipped: 0 }
  if (status !== 0 && counts.failed === 0) counts.failed = 1
  record('e2e', counts)
}

function composeFile() {
  if (only.size && !only.has('compose')) return
  const probe = spawnSync('docker-compose', ['version'], { stdio: 'ignore' })
  if (probe.error || probe.status !== 0) {
    console.log('\n── compose: skipped (docker-compose is not installed; .ci/run installs it) ──')
    record('compose', { passed: 0, failed: 0, skipped: 1 })
    return
  }
  // The deployment asks every password of an .env (README, Deployment) and refuses to start without it: the file is
  // checked as it would be read with one, each variable given a test value.
  const required = [...readFileSync(join(root, 'docker-compose.yml'), 'utf8').matchAll(/\$\{(\w+):\?/g)]
  const env = Object.fromEntries(required.map(([, name]) => [name!, `test-${name!.toLowerCase()}`]))
  check('compose', 'docker-compose', ['-f', 'docker-compose.yml', 'config', '--quiet'], env)
}

check('lint', 'pnpm', ['exec', 'eslint', '.'])
check('format', 'pnpm', ['exec', 'prettier', '--check', '.'])
check('typecheck', 'pnpm', ['-r', '--if-present', '--workspace-concurrency=2', 'run', 'typecheck'])
check('scripts', 'pnpm', ['exec', 'tsc', '-p', 'scripts/tsconfig.json'])
composeFile()
unitTests()
fuzzRun()
browserTests()

console.log('\n' + summary.join('\n'))
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`)
process.exit(total.failed === 0 ? 0 : 1)
