// The production build must run under the BFF's strict CSP and stay within the first-route budget.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build, type Rolldown } from 'vite'
import { pageWords, shellWords, type PagePath } from './i18n/catalog.ts'
import type { Words } from './i18n/words.ts'

// Which file each registered catalogue is, by the module its loader returns: the glob imports the same modules.
const englishFiles = import.meta.glob<object>('./**/messages.en.ts')
const fileOf = new Map<object, string>()
for (const [path, load] of Object.entries(englishFiles)) fileOf.set(await load(), path.replace(/^\./, ''))
async function englishFilesOf(list: readonly Words[]): Promise<string[]> {
  return Promise.all(list.map(async (w) => fileOf.get(await w.en()) ?? 'unknown'))
}

// The shell, the VM list and their words in the reader's language (English here): what a person waits for before the
// first page. What the first page does not draw (the palette dialog, bulk dialogs, operation results, virtual rows
// for lists over 300 rows) is loaded when needed, and so are the words of the other pages.
const FIRST_ROUTE_BUDGET = 143 * 1024
// No file the browser fetches may be larger than this gzipped: one slow or lost response must not hold up a page
// for long, and a library upgrade replaces a part of the cached code rather than all of it.
const LARGEST_CHUNK = 70 * 1024

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

/** The chunk that holds a module, by the end of its path. */
const chunkOf = (file: string) => chunks.find((c) => c.moduleIds.some((id) => id.endsWith(file)))

/**
 * What a person waits for before a page draws: the scripts of index.html, the page, the shell's words and the page's
 * in English, with what they import statically.
 */
async function firstLoad(pageFile: string, path: PagePath): Promise<Set<Rolldown.OutputChunk>> {
  const byName = new Map(chunks.map((c) => [c.fileName, c]))
  const html = readFileSync(join(outDir, 'index.html'), 'utf8')
  const scripts = [...html.matchAll(/<script[^>]*\bsrc="\/([^"]+)"/g)].map((m) => m[1]!)
  // The landing page shares its chunk with the parts it imports (page-chunk.ts): find the page by its module.
  const page = chunks.find((c) => c.moduleIds.some((id) => id.endsWith(`/${pageFile}`)))
  const words = await englishFilesOf([...shellWords, ...pageWords[path]])
  const wordChunks = words.map((file) => chunkOf(file))
  expect(scripts.length).toBeGreaterThan(0)
  expect(page).toBeTruthy()
  expect(wordChunks.every(Boolean), words.join(' ')).toBe(true)
  const needed = new Set<Rolldown.OutputChunk>()
  const visit = (name: string) => {
    const chunk = byName.get(name)
    if (!chunk || needed.has(chunk)) return
    needed.add(chunk)
    for (const imported of chunk.imports) visit(imported)
  }
  for (const script of scripts) visit(script)
  visit(page!.fileName)
  for (const chunk of wordChunks) visit(chunk!.fileName)
  return needed
}

const catalogues = (loaded: Set<Rolldown.OutputChunk>) =>
  [...loaded].flatMap((c) =>
    c.moduleIds.filter((id) => /messages\.\w\w\.ts$/.test(id)).map((id) => id.replace(/.*\/src\//, '')),
  )

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

  it('has no JavaScript file over 70 KB gzipped', () => {
    const sizes = chunks.map((c) => ({ file: c.fileName, bytes: gzipSync(c.code).length }))
    expect(sizes.filter((s) => s.bytes > 30 * 1024).length).toBeGreaterThan(1) // React and the shell, each its own
    expect(sizes.filter((s) => s.bytes > LARGEST_CHUNK)).toEqual([])
  })

  it('needs at most 143 KB of gzipped JavaScript for the VM list', async () => {
    const bytes = gzipped(await firstLoad('VmListPage.tsx', 'vms'))
    expect(bytes).toBeGreaterThan(50 * 1024) // the sum really covers React, the router and the table
    expect(bytes).toBeLessThanOrEqual(FIRST_ROUTE_BUDGET)
  })

  it('loads only the shell’s words and the page’s, in the reader’s language only', async () => {
    expect(catalogues(await firstLoad('VmListPage.tsx', 'vms')).sort()).toEqual([
      'app/messages.en.ts',
      'i18n/messages.en.ts',
      'kit/messages.en.ts',
      'pages/vms/messages.en.ts',
      'ui/messages.en.ts',
    ])
    expect(catalogues(await firstLoad('HomePage.tsx', '')).sort()).toEqual([
      'app/messages.en.ts',
      'charts/messages.en.ts',
      'i18n/messages.en.ts',
      'pages/home/messages.en.ts',
      'ui/messages.en.ts',
    ])
  })

  it('brings the shell’s words in one file per language, apart from the code and the other language', async () => {
    const files = await englishFilesOf(shellWords)
    const english = chunkOf(files[0]!)
    expect(files.map((file) => chunkOf(file))).toEqual(files.map(() => english))
    expect(english?.moduleIds.filter((id) => !/messages\.en\.ts$/.test(id))).toEqual([])
    const french = chunkOf(files[0]!.replace('.en.ts', '.fr.ts'))
    expect(french).not.toBe(english)
    expect(files.map((file) => chunkOf(file.replace('.en.ts', '.fr.ts')))).toEqual(files.map(() => french))
  })

  it('leaves the form library to the forms: none of it is loaded for the first route', async () => {
    const fromForms = (c: Rolldown.OutputChunk) => c.moduleIds.some((id) => id.includes('react-hook-form'))
    expect(chunks.some(fromForms)).toBe(true) // the check would see it if it were there
    expect([...(await firstLoad('HomePage.tsx', ''))].filter(fromForms).map((c) => c.fileName)).toEqual([])
  })

  it('needs at most 143 KB for the account home, the first route, and leaves the chart library to later', async () => {
    const loaded = await firstLoad('HomePage.tsx', '')
    const bytes = gzipped(loaded)
    expect(bytes).toBeGreaterThan(50 * 1024)
    expect(bytes).toBeLessThanOrEqual(FIRST_ROUTE_BUDGET)
    expect([...loaded].some((c) => c.moduleIds.some((id) => id.includes('@visx')))).toBe(false)
    const chart = chunks.find((c) => c.facadeModuleId?.endsWith('charts/BarChartSvg.tsx'))
    expect(chart?.moduleIds.some((id) => id.includes('@visx'))).toBe(true)
  })

  it('loads the first page in a few files, not a dozen small chunks of shared parts', async () => {
    // The bundler's runtime, React, the shell, the page's chunk, and the shell's and the page's words.
    expect((await firstLoad('HomePage.tsx', '')).size).toBeLessThanOrEqual(9)
    expect((await firstLoad('VmListPage.tsx', 'vms')).size).toBeLessThanOrEqual(12)
  })

  it('loads a family’s request table when one of its forms opens: not with the first route, the index or the form', async () => {
    const table = /generated\/request-forms\/(?!index\.ts$)[\w-]+\.ts$/
    const hasTable = (c: Rolldown.OutputChunk) => c.moduleIds.some((id) => table.test(id))
    const own = chunks.find((c) => c.facadeModuleId?.endsWith('request-forms/client-gateways.ts'))
    expect(own && hasTable(own)).toBe(true)
    expect([...(await firstLoad('HomePage.tsx', ''))].filter(hasTable)).toEqual([])
    expect([...(await firstLoad('ExplorerPage.tsx', 'explorer'))].filter(hasTable)).toEqual([])
    expect([...(await firstLoad('ExplorerCallPage.tsx', 'explorer/*'))].filter(hasTable)).toEqual([])
  })

  it('ships no fallback for React versions without useSyncExternalStore', () => {
    expect(
      chunks.some((c) => c.moduleIds.some((id) => id.includes('use-sync-external-store-with-selector'))),
    ).toBe(true)
    expect(chunks.some((c) => c.moduleIds.some((id) => id.includes('use-sync-external-store-shim')))).toBe(
      false,
    )
  })

  it('leaves the servers-only zod schemas out of the browser bundle', () => {
    expect(chunks.some((c) => c.code.includes('ZodObject'))).toBe(false)
  })
})
