/// <reference lib="dom" />
// The load-balancer page at two sizes, side by side in one run against the real stack (simulator with the `large`
// seed → BFF → built SPA, headless Chromium): time from navigation to the first drawn backends healthy/total on
// `lb-backends-100` against `lb-backends-2` (target ≤ 2×), and the ReadVmsHealth calls that reach the simulator per
// minute while the 100-backend page stays open with nothing changing, against what polling at the fast interval
// would cost (the page must back off).
import { rmSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'
import type { BenchRow } from './types.ts'
import { buildWeb } from './build-web.ts'
import { startStack, type RunningStack } from './web.bench.ts'

const RUNS = 5
const FAST_MS = 2_000 // packages/data polling.ts: the interval while something changes
/** The page is left open this long before the minute that is counted: long enough to have backed off. */
const SETTLE_MS = 30_000
const IDLE_MS = 60_000

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits

// Installed before the app's own scripts: the first frame in which the healthy/total ratio is in the DOM (ms since
// navigation). Looked for at every frame, which is when it can first be seen.
const probe = `
  const marks = (window.__bench = {})
  const look = () => {
    if (document.querySelector('[data-health-ratio]')) marks.ratio = performance.now()
    else requestAnimationFrame(look)
  }
  requestAnimationFrame(look)
`

type Marks = { ratio?: number }

async function firstHealth(browser: Browser, stack: RunningStack, lb: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  try {
    const page = await context.newPage()
    await page.addInitScript({ content: probe })
    await page.goto(`${stack.url}/demo-eu/load-balancers/${lb}?tab=backends`)
    await page.waitForFunction(
      () => (window as unknown as { __bench: Marks }).__bench.ratio !== undefined,
      null,
      {
        timeout: 60_000,
      },
    )
    return await page.evaluate(() => (window as unknown as { __bench: Marks }).__bench.ratio!)
  } finally {
    await context.close()
  }
}

async function upstreamHealthCalls(simUrl: string): Promise<number> {
  const response = await fetch(`${simUrl}/_sim/stats`)
  const stats = (await response.json()) as { byAction: Record<string, number> }
  return stats.byAction.ReadVmsHealth ?? 0
}

/** ReadVmsHealth calls reaching the simulator during the minute after the page has been open SETTLE_MS. */
async function idleCallsPerMinute(browser: Browser, stack: RunningStack, lb: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  try {
    const page = await context.newPage()
    let fromPage = 0
    page.on('request', (request) => {
      if (request.url().endsWith('/ReadVmsHealth')) fromPage++
    })
    const opened = await upstreamHealthCalls(stack.simUrl)
    await page.goto(`${stack.url}/demo-eu/load-balancers/${lb}?tab=backends`)
    await page.waitForTimeout(SETTLE_MS)
    const settled = await upstreamHealthCalls(stack.simUrl)
    const pageSettled = fromPage
    await page.waitForTimeout(IDLE_MS)
    const idle = (await upstreamHealthCalls(stack.simUrl)) - settled
    const minutes = IDLE_MS / 60_000
    return {
      firstHalfMinute: settled - opened,
      idlePerMinute: idle / minutes,
      pageIdlePerMinute: (fromPage - pageSettled) / minutes,
    }
  } finally {
    await context.close()
  }
}

export default async function lbBench(): Promise<BenchRow[]> {
  const dist = buildWeb('osc-console-bench-lb-')
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  })
  const stack = await startStack('large', dist)
  try {
    const small: number[] = []
    const large: number[] = []
    // Alternated, so that a busy moment of the machine falls on both sizes alike.
    for (let run = 0; run < RUNS; run++) {
      small.push(await firstHealth(browser, stack, 'lb-backends-2'))
      large.push(await firstHealth(browser, stack, 'lb-backends-100'))
    }
    const idle = await idleCallsPerMinute(browser, stack, 'lb-backends-100')
    const unbacked = 60_000 / FAST_MS
    return [
      {
        name: 'navigation → first drawn healthy/total, 100 backends',
        value: round(median(large), 0),
        unit: 'ms',
        baseline: round(median(small), 0),
        baselineName: '2 backends',
        target: '≤ 2×',
      },
      {
        name: 'upstream ReadVmsHealth calls, first 30 s on the page, 100 backends',
        value: idle.firstHalfMinute,
        unit: 'calls',
        baseline: SETTLE_MS / FAST_MS,
        baselineName: `every ${FAST_MS / 1000} s`,
      },
      {
        name: 'upstream ReadVmsHealth calls per minute, page open and idle, 100 backends',
        value: round(idle.idlePerMinute),
        unit: 'calls/min',
        baseline: unbacked,
        baselineName: `every ${FAST_MS / 1000} s`,
        target: '≤ 2/min (backs off to 30 s)',
      },
      {
        // The same minute as the page sent it: the BFF's read cache cannot hide a second reader polling.
        name: 'ReadVmsHealth requests per minute from the page, idle, 100 backends',
        value: round(idle.pageIdlePerMinute),
        unit: 'calls/min',
        baseline: unbacked,
        baselineName: `every ${FAST_MS / 1000} s`,
        target: '≤ 2/min',
      },
    ]
  } finally {
    await stack.close()
    await browser.close()
    rmSync(dist, { recursive: true, force: true })
  }
}
