/// <reference lib="dom" />
// How heavy and how fast the web app is: the gzipped JavaScript of the first route (target ≤ 125 KB), what each
// library adds to it, and the largest chunk (≤ 70 KB), then, in headless Chromium against the real stack
// (simulator → BFF → built SPA), with the `large` seed (10,000 VMs) beside the same figure for the `demo` seed:
// navigation to the first VM rows, a search keystroke to the updated list while pages still arrive, and clearing the
// search to every row back once all are in, and the share of the first load's main-thread work spent collecting garbage.
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

export async function measure(browser: Browser, baseUrl: string, runs = RUNS) {
  const firstRows: number[] = []
  const keystroke: number[] = []
  const clearing: number[] = []
  const scripts = new Set<string>()
  for (let run = 0; run < runs; run++) {
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
  return {
    firstRows: median(firstRows),
    keystroke: median(keystroke),
    clearing: median(clearing),
    gcShare: await gcShareOfFirstLoad(browser, baseUrl),
    scripts,
  }
}

/** Garbage collection on the page's main thread, in Chrome's trace of a first load. */
const GC_EVENTS = new Set(['MinorGC', 'MajorGC'])

type TraceEvent = {
  name: string
  ph: string
  pid: number
  tid: number
  dur?: number
  /** The thread's CPU time in the event: unlike `dur`, not lengthened by waiting for a core on a busy machine. */
  tdur?: number
  args?: { name?: string }
}

/**
 * The share of the page's main-thread CPU time spent collecting garbage, from navigation until every page of the list
 * is in and drawn: work that grows with each arriving page (a new list, a new row model) shows here first.
 */
async function gcShareOfFirstLoad(browser: Browser, baseUrl: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  const lastPage = page.waitForResponse(
    async (response) =>
      response.url().endsWith('/ReadVms') && !(await response.json().catch(() => ({}))).NextPageToken,
    { timeout: 120_000 },
  )
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'],
  })
  await page.goto(`${baseUrl}${VM_LIST_PATH}`)
  await lastPage
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 500))))
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }
  await context.close()
  const mainThreads = new Set(
    trace.traceEvents
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  )
  // The renderer that worked the most is the page's (others are blank tabs).
  const work = new Map<string, { busy: number; gc: number }>()
  for (const event of trace.traceEvents) {
    const thread = `${event.pid}:${event.tid}`
    if (event.ph !== 'X' || !mainThreads.has(thread)) continue
    const sums = work.get(thread) ?? { busy: 0, gc: 0 }
    const cpu = event.tdur ?? event.dur ?? 0
    if (event.name === 'RunTask') sums.busy += cpu
    if (GC_EVENTS.has(event.name)) sums.gc += cpu
    work.set(thread, sums)
  }
  const busiest = [...work.values()].sort((a, b) => b.busy - a.busy)[0]
  return busiest && busiest.busy > 0 ? (100 * busiest.gc) / busiest.busy : NaN
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
      return { ...(await measure(browser, stack.url)), ...(await measureAround(browser, stack.url)) }
    } finally {
      await stack.close()
    }
  }
  let demo: Awaited<ReturnType<typeof measureSeed>>
  let large: Awaited<ReturnType<typeof measureSeed>>
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
    {
      name: 'garbage collection, share of the main thread’s work, first load to every VM in, large seed',
      value: round(large.gcShare),
      unit: '%',
      baseline: round(demo.gcShare),
      baselineName: 'demo seed',
    },
    ...aroundRows(large, demo),
  ]
}

// ---- Around the list: sorting, the column chooser, the VM's page opened from the list, the create form ---------

const AROUND_RUNS = 3

/** Names the next interaction and the click that starts it, and notes when what it should draw is in the page. */
type Drawn = { selector: string; text?: string }

/**
 * Milliseconds from the click `act` makes to the next frame after an element matching `drawn` (with that text, if
 * given) is in the page.
 */
async function clickToDrawn(page: Page, act: () => Promise<void>, drawn: Drawn): Promise<number> {
  // A string, like the probe: tsx would wrap the named functions of a page.evaluate callback.
  await page.evaluate(`{
    const wanted = ${JSON.stringify(drawn)}
    const marks = (window.__around ??= {})
    marks.clickAt = undefined
    marks.drawnAt = undefined
    const observer = new MutationObserver(() => {
      if (marks.clickAt === undefined) return
      const holds = Array.from(document.querySelectorAll(wanted.selector)).some(
        (el) => wanted.text === undefined || el.textContent.trim() === wanted.text,
      )
      if (!holds) return
      observer.disconnect()
      requestAnimationFrame(() => (marks.drawnAt = performance.now()))
    })
    observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true })
    document.addEventListener('click', (event) => (marks.clickAt ??= event.timeStamp), { capture: true, once: true })
  }`)
  await act()
  await page.waitForFunction(() => (window as unknown as Around$).__around.drawnAt !== undefined, null, {
    timeout: 60_000,
  })
  const marks = (await page.evaluate(() => (window as unknown as Around$).__around)) as Required<Marks$>
  return marks.drawnAt - marks.clickAt
}

type Marks$ = { clickAt?: number; drawnAt?: number; freshAt?: number; keyAt?: number; frameAt?: number }
type Around$ = { __around: Marks$ }

/**
 * Installed before the app's scripts: notes when the answer to the read of one VM (a detail page's, filtered by
 * VmIds) is in and the page has drawn it (a task, then a frame, later).
 */
const detailReadProbe = `
  const around = (window.__around ??= {})
  const realFetch = window.fetch.bind(window)
  window.fetch = async (input, init) => {
    const response = await realFetch(input, init)
    const url = typeof input === 'string' ? input : input.url
    if (url.endsWith('/ReadVms') && typeof init?.body === 'string' && init.body.includes('"VmIds"')) {
      response.clone().text().then(() =>
        setTimeout(() => requestAnimationFrame(() => (around.freshAt ??= performance.now()))),
      )
    }
    return response
  }
`

/** Milliseconds from a key press in the focused field to the next frame after the page handled it. */
async function keyToFrame(page: Page, key: string): Promise<number> {
  await page.evaluate(`{
    const marks = (window.__around ??= {})
    marks.keyAt = undefined
    marks.frameAt = undefined
    document.addEventListener('keydown', (event) => (marks.keyAt = event.timeStamp), { capture: true, once: true })
    document.addEventListener('input', () => requestAnimationFrame(() => (marks.frameAt = performance.now())), {
      once: true,
    })
  }`)
  await page.keyboard.press(key)
  await page.waitForFunction(() => (window as unknown as Around$).__around.frameAt !== undefined)
  const marks = (await page.evaluate(() => (window as unknown as Around$).__around)) as Required<Marks$>
  return marks.frameAt - marks.keyAt
}

interface Around {
  sort: number
  column: number
  detailPlaceholder: number
  detailFresh: number
  createForm: number
  createKeystroke: number
}

/** Once every VM is in the list: sorting, a column, the first VM's page, back, and the create form. */
export async function measureAround(browser: Browser, baseUrl: string, runs = AROUND_RUNS): Promise<Around> {
  const results: Around[] = []
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    await page.addInitScript({ content: detailReadProbe })
    const lastPage = page.waitForResponse(
      async (response) =>
        response.url().endsWith('/ReadVms') && !(await response.json().catch(() => ({}))).NextPageToken,
      { timeout: 120_000 },
    )
    await page.goto(`${baseUrl}${VM_LIST_PATH}`)
    await lastPage
    const table = page.getByRole('table', { name: 'Virtual machines' })
    await table.getByRole('row').nth(1).getByRole('link').first().waitFor({ timeout: 60_000 })
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 200))))

    // Sorting by name: the header says so in the same commit as the rows are redrawn in order.
    const sort = await clickToDrawn(
      page,
      () => table.getByRole('button', { name: 'Name', exact: true }).click(),
      { selector: 'th[aria-sort="ascending"]', text: 'Name▲' },
    )
    // Showing a hidden column: its header and a cell per row drawn.
    await page.getByRole('button', { name: 'Columns', exact: true }).click()
    const column = await clickToDrawn(
      page,
      () => page.getByRole('checkbox', { name: 'Created', exact: true }).click(),
      { selector: 'thead th', text: 'Created' },
    )
    await page.keyboard.press('Escape')

    // The first VM's page: at once from the list's copy, then with its own read.
    const link = table.getByRole('row').nth(1).getByRole('link').first()
    const name = (await link.textContent())!.trim()
    const detailPlaceholder = await clickToDrawn(page, () => link.click(), { selector: 'h1', text: name })
    await page.waitForFunction(() => (window as unknown as Around$).__around.freshAt !== undefined, null, {
      timeout: 60_000,
    })
    const fresh = (await page.evaluate(() => (window as unknown as Around$).__around)) as Required<Marks$>
    const detailFresh = fresh.freshAt - fresh.clickAt

    // Back to the list, then the create form with every section drawn, and a keystroke in its first field.
    await page.goBack()
    await table.getByRole('row').nth(1).getByRole('link').first().waitFor({ timeout: 60_000 })
    const createForm = await clickToDrawn(
      page,
      () => page.getByRole('button', { name: 'Create VM', exact: true }).click(),
      { selector: 'h2', text: 'Quotas' },
    )
    await page.getByRole('textbox', { name: 'Name', exact: true }).click()
    const createKeystroke = await keyToFrame(page, 'w')
    results.push({ sort, column, detailPlaceholder, detailFresh, createForm, createKeystroke })
    await context.close()
  }
  const pick = (key: keyof Around) => median(results.map((r) => r[key]))
  return {
    sort: pick('sort'),
    column: pick('column'),
    detailPlaceholder: pick('detailPlaceholder'),
    detailFresh: pick('detailFresh'),
    createForm: pick('createForm'),
    createKeystroke: pick('createKeystroke'),
  }
}

function aroundRows(large: Around, demo: Around): BenchRow[] {
  const row = (key: keyof Around, name: string, target?: string): BenchRow => ({
    name,
    value: round(large[key], 0),
    unit: 'ms',
    baseline: round(demo[key], 0),
    baselineName: 'demo seed',
    ...(target ? { target } : {}),
  })
  return [
    row('sort', 'sorting by name → rows redrawn, large seed, every page in'),
    row('column', 'showing a hidden column → drawn, large seed'),
    row('detailPlaceholder', 'VM page from the list → drawn from the list’s copy, large seed'),
    row('detailFresh', 'VM page from the list → its own read answered and drawn, large seed'),
    row('createForm', 'create form from the list → every section drawn, large seed'),
    row('createKeystroke', 'create form: keystroke in Name → next frame, large seed'),
  ]
}
