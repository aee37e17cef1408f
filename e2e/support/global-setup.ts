// Runs once before every worker: builds the SPA when apps/web/dist is missing or older than its sources, so
// the BFF of every worker's stack serves the current pages.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..', '..')
const at = (...parts: string[]) => join(root, ...parts)

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))))
}

export default function globalSetup() {
  const sources = ['apps/web/src', 'apps/web/index.html', 'apps/web/vite.config.ts', 'packages/data/src']
  const newest = Math.max(...sources.map((source) => newestMtime(at(source))))
  if (existsSync(at('apps/web/dist/index.html')) && newestMtime(at('apps/web/dist')) >= newest) return
  console.log('Building the web app for the end-to-end tests…')
  const result = spawnSync('npx', ['-y', 'pnpm@12.4.2', '--filter', '@osc-console/web', 'build'], {
    cwd: root,
    stdio: 'inherit',
  })
  if (result.status !== 0)
    throw new Error('The web app did not build (see above); the browser stories need it.')
}
