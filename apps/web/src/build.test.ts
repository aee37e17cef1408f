// The production build must run under the BFF's strict CSP and stay within the first-route budget.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build, type Rolldown } from 'vite'

// The shell, the VM list and the reader's language (English here): what a person waits for before the first page.
// What the first page does not draw (the palette dialog, bulk dialogs, operation results, virtual rows for lists
// over 300 rows) is loaded when needed.
const FIRST_ROUTE_BUDGET = 150 * 1024

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

describe('the production build', () => {
  it('has no inline script or style in its page, only hashed files', () => {
    const html = readFileSync(join(outDir, 'index.html'), 'utf8')
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/)
    expect(html).not.toMatch(/<style/)
    expect(html).not.toMatch(/\sstyle=/)
    for (const file of readdirSync(join(outDir, 'assets'))) expect(file).toMatch(/-[\w-]{8}\.(js|css)$/)
  })

  it('needs at most 150 KB of gzipped JavaScript for the VM list, the first route', () => {
    const byName = new Map(chunks.map((c) => [c.fileName, c]))
    const entry = chunks.find((c) => c.isEntry)
    const page = chunks.find((c) => c.facadeModuleId?.endsWith('VmListPage.tsx'))
    const language = chunks.find((c) => c.facadeModuleId?.endsWith('i18n/en.ts'))
    expect(entry && page && language).toBeTruthy()
    const needed = new Set<string>()
    const visit = (name: string) => {
      if (needed.has(name)) return
      needed.add(name)
      for (const imported of byName.get(name)?.imports ?? []) visit(imported)
    }
    visit(entry!.fileName)
    visit(page!.fileName)
    visit(language!.fileName)
    const bytes = [...needed].reduce((sum, name) => sum + gzipSync(byName.get(name)!.code).length, 0)
    expect(bytes).toBeGreaterThan(50 * 1024) // the sum really covers React, the router and the table
    expect(bytes).toBeLessThanOrEqual(FIRST_ROUTE_BUDGET)
  })

  it('leaves the servers-only zod schemas out of the browser bundle', () => {
    expect(chunks.some((c) => c.code.includes('ZodObject'))).toBe(false)
  })
})
