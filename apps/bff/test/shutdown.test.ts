import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startSimulator } from '@osc-console/sim'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_EU } from './harness.ts'
import { startFaultFront, type FaultFront } from './fault-front.ts'

type Sim = Awaited<ReturnType<typeof startSimulator>>
let sim: Sim
let front: FaultFront
const main = fileURLToPath(new URL('../src/main.ts', import.meta.url))
const root = fileURLToPath(new URL('../../..', import.meta.url))
/**
 * The console as one node process with the tsx loader, not through the tsx CLI, which adds a second process that
 * relays the signal. Its start-up compiles the TypeScript and takes tens of seconds on a loaded machine; nothing
 * here is about how fast it starts, so each test allows for that and times only what it asserts.
 */
const startConsole = (args: string[]) =>
  spawn(process.execPath, ['--import', 'tsx', main, ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
const SLOW_START_MS = 120_000

beforeAll(async () => {
  sim = await startSimulator({ port: 0, seed: 'demo' })
  front = await startFaultFront(sim.url)
})
afterAll(async () => {
  await front?.close()
  await sim?.close()
})

function writeConfig(dir: string): string {
  const path = join(dir, 'console.json')
  writeFileSync(
    path,
    JSON.stringify({
      dataDir: dir,
      listen: { host: '127.0.0.1', port: 0 },
      accounts: [{ id: 'demo-eu', region: 'eu-west-2', endpoint: front.url, credentials: DEMO_EU }],
    }),
  )
  return path
}

describe('the console process', () => {
  it(
    'finishes every in-flight request on SIGTERM, then exits within 10 s',
    { timeout: SLOW_START_MS },
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'osc-console-sigterm-'))
      const child = startConsole(['--config', writeConfig(dir)])
      let stderr = ''
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
      const url = await new Promise<string>((resolve, reject) => {
        let out = ''
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString()
          const match = /listening on (http:\/\/\S+)/.exec(out)
          if (match?.[1]) resolve(match[1])
        })
        child.once('exit', (code) => reject(new Error(`console exited early (${code}): ${stderr}`)))
      })
      const exited = new Promise<{ code: number | null; at: number }>((resolve) =>
        child.once('exit', (code) => resolve({ code, at: Date.now() })),
      )
      // Hold the calls upstream so that all of them are surely in flight when the signal arrives.
      const gate = front.hold('ReadVolumes')
      const calls = Array.from({ length: 30 }, (_, i) =>
        fetch(`${url}/api/osc/demo-eu/ReadVolumes`, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            'X-Requested-With': 'osc-console',
            Origin: 'http://localhost:8080',
          },
          body: JSON.stringify({ ResultsPerPage: i + 1 }),
        }).then(
          async (r) => ({ status: r.status, body: await r.text() }),
          (error: unknown) => ({ status: 0, body: String(error) }),
        ),
      )
      while (gate.waiting() < calls.length) await new Promise((resolve) => setTimeout(resolve, 10))
      const signalled = Date.now()
      child.kill('SIGTERM')
      // Once it stops accepting new connections, the calls it had accepted must still be answered.
      const accepting = () =>
        fetch(`${url}/healthz`).then(
          () => true,
          () => false,
        )
      while (await accepting()) await new Promise((resolve) => setTimeout(resolve, 10))
      gate.release()
      const answers = await Promise.all(calls)
      expect(answers.filter((a) => a.status !== 200)).toEqual([])
      const { code, at } = await exited
      expect(code).toBe(0)
      expect(at - signalled).toBeLessThan(10_000)
    },
  )

  it(
    'stops with a message naming the key when the configuration is wrong',
    { timeout: SLOW_START_MS },
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'osc-console-badconfig-'))
      const path = join(dir, 'bad.yaml')
      writeFileSync(
        path,
        'accounts:\n  - id: demo\n    region: eu-west-2\n    credentials: { accessKeyEnv: NOPE_AK, secretKeyEnv: NOPE_SK }\nproxy: { maxAttempts: many }\n',
      )
      const child = startConsole(['--config', path])
      let stderr = ''
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
      const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
      expect(code).toBe(2)
      expect(stderr).toContain('proxy.maxAttempts')
      expect(stderr).not.toMatch(/\n\s+at /)
    },
  )
})
