// The web app built for a benchmark, into a directory of this run only: another build of apps/web/dist cannot
// change the pages mid-measure. The caller removes the directory. Beside the pages, `bundle.json`
// (apps/web/bundle-report.ts) says which modules each chunk holds.
import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const BUNDLE_REPORT = 'bundle.json'

export function buildWeb(prefix: string): string {
  const web = join(import.meta.dirname, '..', 'apps/web')
  const outDir = mkdtempSync(join(tmpdir(), prefix))
  const vite = join(web, 'node_modules', '.bin', 'vite')
  const result = spawnSync(vite, ['build', '--outDir', outDir, '--logLevel', 'warn'], {
    cwd: web,
    stdio: 'inherit',
    env: { ...process.env, OSC_CONSOLE_BUNDLE_REPORT: join(outDir, BUNDLE_REPORT) },
  })
  if (result.status !== 0) throw new Error('The web app did not build; see the messages above.')
  return outDir
}
