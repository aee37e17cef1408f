// Starts one stack (support/stack-server.ts) as a child process and hands back its URLs. Its log goes to
// e2e/.output/stack-<worker>.log so that a failing story can be read next to what the servers said.
import { spawn } from 'node:child_process'
import { createWriteStream, mkdirSync } from 'node:fs'
import { join } from 'node:path'

export type Stack = {
  baseUrl: string
  simUrl: string
  idpUrl?: string
  /** Changes the dev IdP's people while the stack runs (`PUT /people/<username>/groups`). */
  controlUrl?: string
  auth: 'oidc' | 'none'
  stop(): Promise<void>
}

const e2e = join(import.meta.dirname, '..')
const tsx = join(e2e, '..', 'node_modules', '.bin', 'tsx')

export function startStack(name: string): Promise<Stack> {
  mkdirSync(join(e2e, '.output'), { recursive: true })
  const logFile = join(e2e, '.output', `stack-${name}.log`)
  const log = createWriteStream(logFile)
  const child = spawn(tsx, [join(e2e, 'support', 'stack-server.ts')], {
    cwd: e2e,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: process.env,
  })
  child.stderr.pipe(log)
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
    })
  return new Promise((resolve, reject) => {
    let buffer = ''
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      log.write(chunk)
      buffer += chunk
      const ready = buffer.split('\n').find((line) => line.startsWith('READY '))
      if (ready) resolve({ ...(JSON.parse(ready.slice(6)) as Omit<Stack, 'stop'>), stop })
    })
    child.once('exit', (code) =>
      reject(new Error(`The test stack exited with code ${code} before it was ready; see ${logFile}`)),
    )
  })
}
