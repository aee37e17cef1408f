#!/usr/bin/env node
// The entry point behind every root npm script. It needs only Node and npm: it brings the pinned pnpm
// through npx, installs the workspace from the frozen lockfile on first use, then runs the command.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const PNPM = 'pnpm@12.4.2'
const [command = 'help', ...rest] = process.argv.slice(2)

function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...options })
  if (result.error) throw result.error
  return result.status ?? 1
}

export function pnpm(args, options) {
  return run('npx', ['-y', PNPM, ...args], options)
}

function ensureInstalled() {
  const lock = join(root, 'pnpm-lock.yaml')
  const stamp = join(root, 'node_modules', '.osc-console-install')
  const digest = existsSync(lock) ? createHash('sha256').update(readFileSync(lock)).digest('hex') : 'none'
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === digest) return
  console.log('Installing dependencies from the lockfile (first run)…')
  const status = pnpm(['install', '--frozen-lockfile'])
  if (status !== 0) {
    console.error('Dependency installation failed; see the messages above.')
    process.exit(status)
  }
  writeFileSync(stamp, digest)
}

const tsx = (script, args = []) => pnpm(['exec', 'tsx', script, ...args])

const commands = {
  start: () => tsx('scripts/stack.ts', ['start', ...rest]),
  dev: () => tsx('scripts/stack.ts', ['dev', ...rest]),
  test: () => tsx('scripts/test.ts', rest),
  build: () => pnpm(['-r', '--if-present', 'run', 'build']),
  lint: () => pnpm(['exec', 'eslint', '.', ...rest]),
  typecheck: () =>
    pnpm(['-r', '--if-present', '--workspace-concurrency=2', 'run', 'typecheck']) ||
    pnpm(['exec', 'tsc', '-p', 'scripts/tsconfig.json']),
  format: () => pnpm(['exec', 'prettier', '--write', '.']),
  bench: () => tsx('bench/run.ts', rest),
  fuzz: () => tsx('apps/bff/test/fuzz/run.ts', rest),
  sim: () => pnpm(['--filter', '@osc-console/sim', 'run', 'start', ...rest]),
}

const action = commands[command]
if (!action) {
  console.error(`Unknown command "${command}". Known: ${Object.keys(commands).join(', ')}`)
  process.exit(2)
}
ensureInstalled()
process.exit(action())
