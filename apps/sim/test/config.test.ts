// The standalone simulator's flags and config file.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseArgs } from '../src/config.ts'

describe('command line', () => {
  it('defaults to 127.0.0.1:8181, the demo seed and the real clock', () => {
    expect(parseArgs([], {})).toMatchObject({
      host: '127.0.0.1',
      port: 8181,
      seed: 'demo',
      clock: 'real',
      strictRegion: false,
    })
  })

  it('reads --host --port --seed (also after npm’s "--")', () => {
    expect(
      parseArgs(['--', '--port', '9000', '--seed=large', '--host', '0.0.0.0', '--strict-region'], {}),
    ).toMatchObject({
      host: '0.0.0.0',
      port: 9000,
      seed: 'large',
      strictRegion: true,
    })
  })

  it('refuses an unknown flag, a bad port and a bad seed with a message naming it', () => {
    expect(() => parseArgs(['--prot', '1'], {})).toThrow(/--prot/)
    expect(() => parseArgs(['--port', 'x'], {})).toThrow(/--port/)
    expect(() => parseArgs(['--seed', 'huge'], {})).toThrow(/--seed/)
  })

  it('takes settings from --config, flags winning, and says which key is wrong', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-config-'))
    const good = join(dir, 'good.json')
    writeFileSync(
      good,
      JSON.stringify({
        port: 7000,
        seed: 'empty',
        throttle: { perCall: { perSecond: 5, burst: 5 } },
        faults: { latencyMs: 10 },
      }),
    )
    expect(parseArgs(['--config', good], {})).toMatchObject({
      port: 7000,
      seed: 'empty',
      throttle: { perCall: { perSecond: 5, burst: 5 } },
      faults: { latencyMs: 10 },
    })
    expect(parseArgs(['--config', good, '--port', '7001'], {}).port).toBe(7001)
    const bad = join(dir, 'bad.json')
    writeFileSync(bad, JSON.stringify({ seed: 'huge' }))
    expect(() => parseArgs(['--config', bad], {})).toThrow(/seed/)
  })
})
