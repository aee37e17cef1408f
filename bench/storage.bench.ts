/// <reference lib="dom" />
// The storage lists at scale, and the public IPs list, side by side in one run against the real stack (simulator →
// BFF → built SPA, headless Chromium): navigation to the first drawn rows of the volumes list (20,000 volumes), the
// snapshots list (10,000 snapshots) and the public IPs list (10,000 public IPs) with the `large` seed, against the
// same lists with the `demo` seed (target ≤ 1.3×), measured as the web benchmark measures the VM list.
import { rmSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'
import type { BenchRow } from './types.ts'
import { buildWeb } from './build-web.ts'
import { probe, readMarks, startStack, type Marks } from './web.bench.ts'

const RUNS = 5
const LISTS = [
  { path: '/demo-eu/volumes', name: 'volumes', count: '20,000' },
  { path: '/demo-eu/snapshots', name: 'snapshots', count: '10,000' },
  { path: '/demo-eu/public-ips', name: 'public IPs', count: '10,000' },
] as const

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN
const round = (value: number, digits = 0) => Math.round(value * 10 ** digits) / 10 ** digits

async function firstRows(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  try {
    const page = await context.newPage()
    await page.addInitScript({ content: probe })
    await page.goto(url)
    await page.waitForFunction(
      () => (window as unknown as { __bench: Marks }).__bench.firstRows !== undefined,
      null,
      { timeout: 60_000 },
    )
    return (await readMarks(page)).firstRows!
  } finally {
    await context.close()
  }
}

async function measureSeed(browser: Browser, dist: string, seed: 'demo' | 'large') {
  const stack = await startStack(seed, dist)
  try {
    const out: Record<string, number> = {}
    for (const list of LISTS) {
      // A first visit warms the BFF and the page's chunks, as a person who has opened the console before.
      await firstRows(browser, `${stack.url}${list.path}`)
      const runs: number[] = []
      for (let run = 0; run < RUNS; run++) runs.push(await firstRows(browser, `${stack.url}${list.path}`))
      out[list.name] = median(runs)
    }
    return out
  } finally {
    await stack.close()
  }
}

export default async function storageBench(): Promise<BenchRow[]> {
  const dist = buildWeb('osc-console-bench-storage-')
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  })
  try {
    const demo = await measureSeed(browser, dist, 'demo')
    const large = await measureSeed(browser, dist, 'large')
    return LISTS.map((list) => ({
      name: `navigation → first ${list.name} rows, large seed (${list.count})`,
      value: round(large[list.name] ?? NaN),
      unit: 'ms',
      baseline: round(demo[list.name] ?? NaN),
      baselineName: 'demo seed',
      target: '≤ 1.3×',
    }))
  } finally {
    await browser.close()
    rmSync(dist, { recursive: true, force: true })
  }
}
