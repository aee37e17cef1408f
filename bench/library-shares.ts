// What each library adds to a set of chunks (the first route): each chunk's gzipped size shared among the
// packages of its modules in proportion to the bytes each module renders to. An estimate (gzip does not add up by
// module), good to a few tenths of a KB: enough to see which library to look at.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { BUNDLE_REPORT } from './build-web.ts'

interface ReportedChunk {
  fileName: string
  modules: Record<string, number>
}

/** The package a module comes from, or `console` for the app's and the workspace packages' own code. */
export function packageOf(id: string): string {
  const match = /.*[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(id)
  return match ? match[1]!.replace('\\', '/') : 'console'
}

/** Gzipped KB per package over the given files of the build in `dist`, largest first. */
export function libraryShares(dist: string, files: Iterable<string>): Array<{ name: string; kb: number }> {
  const report = JSON.parse(readFileSync(join(dist, BUNDLE_REPORT), 'utf8')) as ReportedChunk[]
  const byFile = new Map(report.map((chunk) => [chunk.fileName.replace(/^.*\//, ''), chunk]))
  const shares = new Map<string, number>()
  for (const file of files) {
    const chunk = byFile.get(file)
    if (!chunk) continue
    const kb = gzipSync(readFileSync(join(dist, 'assets', file)), { level: 9 }).length / 1024
    const total = Object.values(chunk.modules).reduce((sum, length) => sum + length, 0)
    for (const [id, length] of Object.entries(chunk.modules)) {
      const name = packageOf(id)
      shares.set(name, (shares.get(name) ?? 0) + (total ? (kb * length) / total : 0))
    }
  }
  return [...shares].map(([name, kb]) => ({ name, kb })).sort((a, b) => b.kb - a.kb)
}
