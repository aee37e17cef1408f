// `OSC_CONSOLE_CONFIG=/path/to/console.yaml npm start`: the launcher uses the person's file, starts only what it
// needs, says what is in force without a secret, and refuses a file it cannot read or validate.
import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..', '..', '..')
const tsx = join(root, 'node_modules', '.bin', 'tsx')

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

/** Runs the launcher until `until` matches its output (then stops it) or it exits; returns what it printed. */
function launch(env: Record<string, string>, until?: RegExp) {
  const child = spawn(tsx, [join(root, 'scripts', 'stack.ts'), 'start'], {
    cwd: root,
    // eslint-disable-next-line no-restricted-properties -- the launcher runs as `npm start` would, in this environment
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  return new Promise<{ output: string; code: number | null; stop: () => void }>((resolve) => {
    const stop = () => child.kill('SIGTERM')
    const read = (chunk: Buffer) => {
      output += chunk.toString()
      if (until?.test(output)) resolve({ output, code: null, stop })
    }
    child.stdout.on('data', read)
    child.stderr.on('data', read)
    child.once('exit', (code) => resolve({ output, code, stop }))
  })
}

describe('npm start with a configuration of one’s own', () => {
  it('uses the file, starts neither the simulator nor the dev IdP it does not point at, and prints no secret', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'osc-own-'))
    const port = await freePort()
    const file = join(dir, 'console.yaml')
    // One account from an OUTSCALE tools profile, its endpoint from `endpoints.api` as those tools read it.
    const profiles = join(dir, 'osc-config.json')
    writeFileSync(
      profiles,
      JSON.stringify({
        default: {
          access_key: 'AKOWN000000000000001',
          secret_key: 'SKOWNSECRET0000000000000000000000000001',
          region: 'cloudgouv-eu-west-1',
          endpoints: { api: 'api.cloudgouv-eu-west-1.outscale.com/api/v1' },
        },
      }),
    )
    writeFileSync(
      file,
      [
        `publicUrl: http://localhost:${port}`,
        `listen: { host: 127.0.0.1, port: ${port} }`,
        `dataDir: ${join(dir, 'data')}`,
        'auth: { mode: none }',
        'accounts:',
        '  - id: mine',
        '    name: My own account',
        `    credentials: { profile: default, file: ${profiles} }`,
      ].join('\n'),
    )
    const run = await launch({ OSC_CONSOLE_CONFIG: file, PORT: '' }, /Press Ctrl-C to stop/)
    try {
      expect(run.output).toContain('Running: bff')
      expect(run.output).not.toMatch(/\[sim\]|\[idp\]/)
      expect(run.output).toContain(`Configuration ${file}`)
      expect(run.output).toContain(
        'mine  My own account  cloudgouv-eu-west-1  https://api.cloudgouv-eu-west-1.outscale.com',
      )
      expect(run.output).not.toContain('SKOWNSECRET')
      expect(run.output).not.toContain('alice (admin)')
      const me = (await (await fetch(`http://127.0.0.1:${port}/api/me`)).json()) as {
        accounts: { id: string }[]
      }
      expect(me.accounts.map((a) => a.id)).toEqual(['mine'])
    } finally {
      run.stop()
    }
  }, 240_000)

  it('refuses a file it cannot validate, saying what is wrong, before starting anything', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'osc-own-'))
    const file = join(dir, 'console.yaml')
    writeFileSync(file, 'publicUrl: 3\n')
    const run = await launch({ OSC_CONSOLE_CONFIG: file })
    expect(run.code).toBe(2)
    expect(run.output).toContain(`The configuration file ${file} is invalid`)
    expect(run.output).toContain('publicUrl')
    expect(run.output).not.toContain('Running:')
  }, 60_000)
})
