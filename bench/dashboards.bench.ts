/// <reference lib="dom" />
// The dashboards, in headless Chromium against the real stack (simulator → BFF → built SPA), side by side in one run:
// - the Consumption page's chart by day drawn for 90 days against 30 days (≤ 1.5×), once the closed days are kept
//   (the page as people see it after its first load), and on a console that has kept nothing yet (for reading);
// - OUTSCALE calls of a first 90-day load and of a second one within a minute (≥ 95 % fewer: the closed days come
//   from the console's database, only today is asked);
// - all accounts with two accounts of the `large` seed (10,000 VMs each) against one account's home (≤ 1.5×).
// A page is "drawn" at its last change to the DOM once the network has been idle: every block has its figures.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { DEMO_ACCOUNTS, demoConsoleAccounts, startSimulator } from '@osc-console/sim'
import { createLogger, start } from '@osc-console/bff'
import type { BenchRow } from './types.ts'
import { buildWeb } from './build-web.ts'

const RUNS = Number(process.env.BENCH_RUNS ?? 3)
const DAY = 86_400_000
const EU = DEMO_ACCOUNTS[0]!

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN
const round = (value: number, digits = 0) => Math.round(value * 10 ** digits) / 10 ** digits
const day = (at: number) => new Date(at).toISOString().slice(0, 10)

type Stack = { url: string; sim: Awaited<ReturnType<typeof startSimulator>>; close(): Promise<void> }

/**
 * A fresh console (its own database, nothing kept) on a fresh simulator. With the `large` seed the estate is in the
 * simulator's first account; the console then names it twice, as two accounts of 10,000 VMs each.
 */
async function startStack(seed: 'demo' | 'large', dist: string): Promise<Stack> {
  // Both console accounts of the large seed call the same simulated account: its own rate limit would count them
  // together, where OUTSCALE counts two accounts apart. The console's rate limiter stays on, per account.
  const sim = await startSimulator({ port: 0, seed, clock: 'manual', throttle: { enabled: seed === 'demo' } })
  const dataDir = mkdtempSync(join(tmpdir(), 'osc-console-bench-dash-'))
  const configPath = join(dataDir, 'console.json')
  const credentials = { accessKey: EU.accessKeyId, secretKey: EU.secretKey }
  const accounts =
    seed === 'demo'
      ? demoConsoleAccounts(sim.url)
      : ['large-a', 'large-b'].map((id) => ({
          id,
          name: id,
          region: EU.region,
          endpoint: sim.url,
          credentials,
        }))
  writeFileSync(configPath, JSON.stringify({ auth: { mode: 'none' }, dataDir, accounts }))
  const bff = await start({
    configPath,
    port: 0,
    host: '127.0.0.1',
    staticDir: dist,
    logger: createLogger({ level: 'warn' }),
  })
  return {
    url: bff.url,
    sim,
    close: async () => {
      await bff.close()
      await sim.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

// Installed before the app's scripts: the time of the last change to the DOM, and when the first chart's bars are
// in (ms since navigation start). A string: tsx would wrap named functions in helpers the page does not have.
const probe = `
  const marks = (window.__bench = { last: 0 })
  new MutationObserver(() => {
    marks.last = performance.now()
    if (marks.chart === undefined && document.querySelector('figure svg rect')) marks.chart = performance.now()
  }).observe(document, { childList: true, subtree: true, characterData: true })
`
type Marks = { last: number; chart?: number }
const readMarks = (page: Page) => page.evaluate(() => (window as unknown as { __bench: Marks }).__bench)

async function open(browser: Browser, url: string, waitFor: 'chart' | 'idle'): Promise<Marks> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  try {
    const page = await context.newPage()
    await page.addInitScript({ content: probe })
    await page.goto(url)
    if (waitFor === 'chart')
      await page.waitForFunction(
        () => (window as unknown as { __bench: Marks }).__bench.chart !== undefined,
        null,
        {
          timeout: 120_000,
        },
      )
    await page.waitForLoadState('networkidle', { timeout: 180_000 })
    return await readMarks(page)
  } finally {
    await context.close()
  }
}

const consumptionCalls = (stack: Stack) =>
  stack.sim.stats().byAccountAction[EU.accountId]?.ReadConsumptionAccount ?? 0

/** The chart of the last `days` days: drawn on a console that kept nothing, then again; and OUTSCALE's calls. */
async function chartRun(browser: Browser, dist: string, days: number) {
  const stack = await startStack('demo', dist)
  try {
    const now = Date.now()
    const url = `${stack.url}/demo-eu/consumption?from=${day(now - (days - 1) * DAY)}&to=${day(now)}`
    const before = consumptionCalls(stack)
    const cold = await open(browser, url, 'chart')
    const firstCalls = consumptionCalls(stack) - before
    const warm = await open(browser, url, 'chart')
    const secondCalls = consumptionCalls(stack) - before - firstCalls
    return { cold: cold.chart!, warm: warm.chart!, firstCalls, secondCalls }
  } finally {
    await stack.close()
  }
}

async function pageRun(browser: Browser, dist: string, path: string) {
  const stack = await startStack('large', dist)
  try {
    return (await open(browser, `${stack.url}${path}`, 'idle')).last
  } finally {
    await stack.close()
  }
}

export default async function dashboardsBench(): Promise<BenchRow[]> {
  const dist = buildWeb('osc-console-bench-dash-')
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  })
  try {
    const runs30: Awaited<ReturnType<typeof chartRun>>[] = []
    const runs90: Awaited<ReturnType<typeof chartRun>>[] = []
    const homes: number[] = []
    const alls: number[] = []
    // Interleaved, so that a busy moment of the machine falls on both sides of each ratio.
    for (let run = 0; run < RUNS; run++) {
      runs30.push(await chartRun(browser, dist, 30))
      runs90.push(await chartRun(browser, dist, 90))
      homes.push(await pageRun(browser, dist, '/large-a'))
      alls.push(await pageRun(browser, dist, '/all'))
    }
    const pick = <K extends keyof (typeof runs30)[number]>(runs: typeof runs30, key: K) =>
      median(runs.map((r) => r[key] as number))
    return [
      {
        name: 'consumption chart drawn, 90 days, closed days kept',
        value: round(pick(runs90, 'warm')),
        unit: 'ms',
        baseline: round(pick(runs30, 'warm')),
        baselineName: '30 days',
        target: '≤ 1.5×',
      },
      {
        name: 'consumption chart drawn, 90 days, nothing kept yet',
        value: round(pick(runs90, 'cold')),
        unit: 'ms',
        baseline: round(pick(runs30, 'cold')),
        baselineName: '30 days',
      },
      {
        name: 'OUTSCALE calls (ReadConsumptionAccount), second 90-day load within a minute',
        value: pick(runs90, 'secondCalls'),
        unit: 'calls',
        baseline: pick(runs90, 'firstCalls'),
        baselineName: 'first 90-day load',
        target: '≤ 0.05× (≥ 95 % from the cache)',
      },
      {
        name: 'all accounts drawn, 2 accounts of the large seed',
        value: round(median(alls)),
        unit: 'ms',
        baseline: round(median(homes)),
        baselineName: 'one account’s home',
        target: '≤ 1.5×',
      },
    ]
  } finally {
    await browser.close()
    rmSync(dist, { recursive: true, force: true })
  }
}
