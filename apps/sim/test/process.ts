// The simulator in a process of its own, for tests and fuzz runs where a request might pin its only thread: a
// hang then shows up as a late answer the caller can report, instead of freezing the caller with it.
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..', '..', '..')

export interface SimulatorProcess {
  url: string
  child: ChildProcess
  /** The last lines the simulator wrote to stderr (its "[sim] … failed" reports), at most 200. */
  errors: string[]
  /** True while the process runs. */
  alive(): boolean
  close(): Promise<void>
}

export async function startSimulatorProcess(args: string[] = []): Promise<SimulatorProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'apps/sim/src/cli.ts', '--port', '0', '--clock', 'manual', ...args],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let output = ''
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const found = /listening on (http:\/\/\S+)/.exec(output)
      if (found?.[1]) {
        child.stdout?.off('data', onData)
        resolve(found[1])
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('exit', (code) =>
      reject(new Error(`the simulator exited (${code}) before listening:\n${output}`)),
    )
  })
  // Keep draining its output so that a chatty simulator never blocks on a full pipe.
  child.stdout?.resume()
  const errors: string[] = []
  child.stderr?.on('data', (chunk: Buffer) => {
    errors.push(...chunk.toString().split('\n').filter(Boolean))
    if (errors.length > 200) errors.splice(0, errors.length - 200)
  })
  const alive = () => child.exitCode === null && child.signalCode === null
  return {
    url,
    child,
    errors,
    alive,
    close: () =>
      new Promise<void>((resolve) => {
        if (!alive()) return resolve()
        child.once('exit', () => resolve())
        // SIGKILL: a simulator pinned by a request would never run its SIGTERM handler.
        child.kill('SIGKILL')
      }),
  }
}
