// Runs once before the workers start: builds the SPA into a directory of this run only, which every worker's
// BFF serves. A build of apps/web/dist by someone else during the run cannot pull the pages from under a story.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const web = join(import.meta.dirname, '..', '..', 'apps', 'web')

export default function globalSetup() {
  const outDir = mkdtempSync(join(tmpdir(), 'osc-console-e2e-web-'))
  console.log('Building the web app for the end-to-end tests…')
  const result = spawnSync(
    join(web, 'node_modules', '.bin', 'vite'),
    ['build', '--outDir', outDir, '--logLevel', 'warn'],
    {
      cwd: web,
      stdio: 'inherit',
    },
  )
  if (result.status !== 0)
    throw new Error('The web app did not build (see above); the browser stories need it.')
  // Read by support/stack.ts in every worker (workers inherit the environment of this process).
  process.env.E2E_WEB_DIST = outDir
  return () => rmSync(outDir, { recursive: true, force: true })
}
