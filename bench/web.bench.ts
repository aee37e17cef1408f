/// <reference lib="dom" />
// How heavy and how fast the web app is: the gzipped JavaScript of the first route (target ≤ 125 KB), what each
// library adds to it, and the largest chunk (≤ 70 KB), then, in headless Chromium against the real stack
// (simulator → BFF → built SPA), with the `large` seed (10,000 VMs) beside the same figure for the `demo` seed:
// navigation to the first VM rows, a search keystroke to the updated list while pages still arrive, and clearing the
// search to every row back once all are in.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium, type Browser, type Page } from 'playwright-core'
import { demoConsoleAccounts, startSimulator } from '@osc-console/sim'
import { createLogger, start } from '@osc-console/bff'
import { buildWeb } from './build-web.ts'
import { libraryShares } from './library-shares.ts'

export type BenchRow = {
  name: string
  value: number
  unit: string
  baseline: number
  baselineName: string
  target?: string
}

const VM_LIST_PATH = '/demo-eu/vms'
const RUNS = 5
const TARGET_KB = 125
const LARGEST_CHUNK_KB = 70
/** Libraries adding less than this to the first route are summed in one row. */
const SMALL_SHARE_KB = 1

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits
const gzipKb = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length / 1024

export type RunningStack = { url: string; simUrl: string; close(): Promise<void> }

export async function startStack(seed: 'demo' | 'large', dist: string): Promise<RunningStack> {
  const sim = await startSimulator({ port: 0, seed, clock: 'manual' })
  const dataDir = mkdtempSync(join(tmpdir(), 'osc-console-bench-'))
  const configPath = join(dataDir, 'console.json')
  const config = {
    auth: { mode: 'none' },
    dataDir,
    accounts: demoConsoleAccounts(sim.url),
  }
  writeFileSync(configPath, JSON.stringify(config))
  const bff = await start({
    configPath,
    port: 0,
    host: '127.0.0.1',
    staticDir: dist,
    logger: createLogger({ level: 'warn' }),
  })
  return {
    url: bff.url,
    simUrl: sim.url,
    close: async () => {
      await bff.close()
      await sim.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

// Installed before the app's own scripts: notes when the first data row is in the DOM (ms since navigation start)
// and, after a keydown, when the rows next change. A string, not a function: tsx would wrap named functions in
// helpers that do not exist in the page.
export const probe = `
  const marks = (window.__bench = {})
  const rowsText = () =>
    Array.from(document.querySelectorAll('tbody tr, [role="row"]'))
      .filter((row) => row.querySelector('td, [role="cell"], [role="gridcell"]') && row.textContent.trim() !== '')
      .slice(0, 5)
      .map((row) => row.textContent)
      .join('|')
  new MutationObserver(() => {
    if (marks.firstRows === undefined && rowsText() !== '') marks.firstRows = performance.now()
    if (marks.keyAt !== undefined && marks.updatedAt === undefined && rowsText() !== marks.rowsBefore)
      requestAnimationFrame(() => (marks.updatedAt ??= performance.now()))
  }).observe(document, { childList: true, subtree: true, characterData: true })
  document.addEventListener('keydown', (event) => {
    marks.rowsBefore = rowsText()
    marks.updatedAt = undefined
    marks.keyAt = event.timeStamp
  }, true)
`

export type Marks = { firstRows?: number; keyAt?: number; updatedAt?: number }
export const readMarks = (page: Page) =>
  page.evaluate(() => (window as unknown as { __bench: Marks }).__bench)

/** Milliseconds from pressing `key` to the next frame after the first rows of the table change. */
async function keystrokeToUpdate(page: Page, key: string): Promise<number> {
  await page.keyboard.press(key)
  await page.waitForFunction(() => (window as unknown as { __bench: Marks }).__bench.updatedAt !== undefined)
  const marks = await readMarks(page)
  return marks.updatedAt! - marks.keyAt!
}

async function measure(browser: Browser, baseUrl: string) {
  const firstRows: number[] = []
  const keystroke: number[] = []
  const clearing: number[] = []
  const scripts = new Set<string>()
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    await page.addInitScript({ content: probe })
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.add(basename(new URL(request.url()).pathname))
    })
    const lastPage = page.waitForResponse(
      async (response) =>
        response.url().endsWith('/ReadVms') && !(await response.json().catch(() => ({}))).NextPageToken,
      { timeout: 120_000 },
    )
    await page.goto(`${baseUrl}${VM_LIST_PATH}`)
    await page.waitForFunction(
      () => (window as unknown as { __bench: Marks }).__bench.firstRows !== undefined,
      null,
      {
        timeout: 60_000,
      },
    )
    firstRows.push((await readMarks(page)).firstRows!)

    // A keystroke that matches no VM while the rest of the list is still arriving a page at a time: the whole
    // list is filtered away, the largest update a search can cause, behind the redraws of the arriving pages.
    const search = page
      .getByRole('searchbox')
      .or(page.getByLabel(/search/i))
      .first()
    await search.click()
    keystroke.push(await keystrokeToUpdate(page, '#'))
    // Once every page is in, deleting that character brings every row back.
    await lastPage
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 200))))
    clearing.push(await keystrokeToUpdate(page, 'Backspace'))
    await context.close()
  }
  return { firstRows: median(firstRows), keystroke: median(keystroke), clearing: median(clearing), scripts }
}

export default async function webBench(): Promise<BenchRow[]> {
  const dist = buildWeb('osc-console-bench-web-')
  try {
    return await benchBuild(dist)
  } finally {
    rmSync(dist, { recursive: true, force: true })
  }
}

async function benchBuild(dist: string): Promise<BenchRow[]> {
  const assets = join(dist, 'assets')
  const chunks = readdirSync(assets).filter((file) => file.endsWith('.js'))
  const largest = Math.max(...chunks.map((file) => gzipKb(join(assets, file))))
  const target = `≤ ${TARGET_KB} KB`

  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  })
  const measureSeed = async (seed: 'demo' | 'large') => {
    const stack = await startStack(seed, dist)
    try {
      return await measure(browser, stack.url)
    } finally {
      await stack.close()
    }
  }
  let demo: Awaited<ReturnType<typeof measure>>
  let large: Awaited<ReturnType<typeof measure>>
  try {
    demo = await measureSeed('demo')
    large = await measureSeed('large')
  } finally {
    await browser.close()
  }

  // The first route's JavaScript is every script the browser fetched to show the VM list.
  const firstRouteFiles = [...demo.scripts].filter((file) => chunks.includes(file))
  const firstRouteKb = firstRouteFiles.reduce((sum, file) => sum + gzipKb(join(assets, file)), 0)
  const shares = libraryShares(dist, firstRouteFiles)
  const small = shares.filter((s) => s.kb < SMALL_SHARE_KB)
  const shareRows: BenchRow[] = [
    ...shares.filter((s) => s.kb >= SMALL_SHARE_KB),
    { name: `${small.length} smaller libraries`, kb: small.reduce((sum, s) => sum + s.kb, 0) },
  ].map((share) => ({
    name: `first route JS (gzip): ${share.name === 'console' ? "the console's own code" : share.name}`,
    value: round(share.kb),
    unit: 'KB',
    baseline: round(firstRouteKb),
    baselineName: 'first route',
  }))

  return [
    {
      name: 'first route JS (gzip)',
      value: round(firstRouteKb),
      unit: 'KB',
      baseline: TARGET_KB,
      baselineName: 'target',
      target,
    },
    ...shareRows,
    {
      name: 'largest JS chunk (gzip)',
      value: round(largest),
      unit: 'KB',
      baseline: LARGEST_CHUNK_KB,
      baselineName: 'target',
      target: `≤ ${LARGEST_CHUNK_KB} KB`,
    },
    {
      name: 'navigation → first VM rows, large seed',
      value: round(large.firstRows, 0),
      unit: 'ms',
      baseline: round(demo.firstRows, 0),
      baselineName: 'demo seed',
    },
    {
      name: 'search keystroke → list updated, large seed, pages still arriving',
      value: round(large.keystroke, 0),
      unit: 'ms',
      baseline: round(demo.keystroke, 0),
      baselineName: 'demo seed',
    },
    {
      name: 'clearing the search → every row back, large seed',
      value: round(large.clearing, 0),
      unit: 'ms',
      baseline: round(demo.clearing, 0),
      baselineName: 'demo seed',
    },
  ]
}
