// The production build must run under the BFF's strict CSP and stay within the first-route budget.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build, type Rolldown } from 'vite'

// The shell, the VM list and the reader's language (English here): what a person waits for before the first page.
// What the first page does not draw (the palette dialog, bulk dialogs, operation results, virtual rows for lists
// over 300 rows) is loaded when needed. The aim is 150 KB; the English catalogue of every page (about 11 KB) is on the
// first route until each page's messages load with the page.
const FIRST_ROUTE_BUDGET = 165 * 1024

let outDir: string
let chunks: Rolldown.OutputChunk[] = []

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'osc-web-build-'))
  // Vitest sets NODE_ENV=test, which would select React's development build and compile JSX for development
  // (source locations on every element): the budget is about the build people download, so build that one.
  vi.stubEnv('NODE_ENV', 'production')
  const result = await build({
    root: join(import.meta.dirname, '..'),
    configFile: join(import.meta.dirname, '..', 'vite.config.ts'),
    logLevel: 'silent',
    mode: 'production',
    build: { outDir, emptyOutDir: true },
  }).finally(() => vi.unstubAllEnvs())
  const outputs = Array.isArray(result) ? result : [result]
  chunks = outputs
    .flatMap((o) => ('output' in o ? o.output : []))
    .filter((item): item is Rolldown.OutputChunk => item.type === 'chunk')
}, 120_000)

afterAll(() => rmSync(outDir, { recursive: true, force: true }))

/** What a person waits for before a page draws: the entry, the page and English, with what they import statically. */
function firstLoad(pageFile: string): Set<Rolldown.OutputChunk> {
  const byName = new Map(chunks.map((c) => [c.fileName, c]))
  const entry = chunks.find((c) => c.isEntry)
  const page = chunks.find((c) => c.facadeModuleId?.endsWith(pageFile))
  const language = chunks.find((c) => c.facadeModuleId?.endsWith('i18n/en.ts'))
  expect(entry && page && language).toBeTruthy()
  const needed = new Set<Rolldown.OutputChunk>()
  const visit = (name: string) => {
    const chunk = byName.get(name)
    if (!chunk || needed.has(chunk)) return
    needed.add(chunk)
    for (const imported of chunk.imports) visit(imported)
  }
  visit(entry!.fileName)
  visit(page!.fileName)
  visit(language!.fileName)
  return needed
}

describe('the production build', () => {
  it('has no inline script or style in its page, only hashed files', () => {
    const html = readFileSync(join(outDir, 'index.html'), 'utf8')
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/)
    expect(html).not.toMatch(/<style/)
    expect(html).not.toMatch(/\sstyle=/)
    for (const file of readdirSync(join(outDir, 'assets'))) expect(file).toMatch(/-[\w-]{8}\.(js|css)$/)
  })

  const gzipped = (loaded: Set<Rolldown.OutputChunk>) =>
    [...loaded].reduce((sum, c) => sum + gzipSync(c.code).length, 0)

  it('needs at most 165 KB of gzipped JavaScript for the VM list', () => {
    const bytes = gzipped(firstLoad('VmListPage.tsx'))
    expect(bytes).toBeGreaterThan(50 * 1024) // the sum really covers React, the router and the table
    expect(bytes).toBeLessThanOrEqual(FIRST_ROUTE_BUDGET)
  })

  it('leaves the form library to the forms: none of it is loaded for the first route', () => {
    const fromForms = (c: Rolldown.OutputChunk) => c.moduleIds.some((id) => id.includes('react-hook-form'))
    expect(chunks.some(fromForms)).toBe(true) // the check would see it if it were there
    expect([...firstLoad('HomePage.tsx')].filter(fromForms).map((c) => c.fileName)).toEqual([])
  })

  it('needs at most 165 KB for the account home, the first route, and leaves the chart library to later', () => {
    const loaded = firstLoad('HomePage.tsx')
    const bytes = gzipped(loaded)
    expect(bytes).toBeGreaterThan(50 * 1024)
    expect(bytes).toBeLessThanOrEqual(FIRST_ROUTE_BUDGET)
    expect([...loaded].some((c) => c.moduleIds.some((id) => id.includes('@visx')))).toBe(false)
    const chart = chunks.find((c) => c.facadeModuleId?.endsWith('charts/BarChartSvg.tsx'))
    expect(chart?.moduleIds.some((id) => id.includes('@visx'))).toBe(true)
  })

  it('leaves the servers-only zod schemas out of the browser bundle', () => {
    expect(chunks.some((c) => c.code.includes('ZodObject'))).toBe(false)
  })
})
