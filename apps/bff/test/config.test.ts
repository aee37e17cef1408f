import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inspect } from 'node:util'
import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig, parseConfig, resolveAccounts, resolveMetricsToken } from '../src/config.ts'

const dir = mkdtempSync(join(tmpdir(), 'osc-console-config-'))
function file(name: string, text: string): string {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

const minimal = {
  accounts: [
    {
      id: 'prod',
      region: 'eu-west-2',
      credentials: { accessKeyEnv: 'PROD_AK', secretKeyEnv: 'PROD_SK' },
    },
  ],
}

describe('configuration', () => {
  it('loads the demo file with its two simulator accounts and documented defaults', () => {
    const config = loadConfig({ path: new URL('../config/demo.yaml', import.meta.url).pathname, env: {} })
    expect(config.accounts.map((a) => a.id)).toEqual(['demo-eu', 'demo-us'])
    expect(config.proxy.maxAttempts).toBe(3)
    expect(config.proxy.cacheTtlMs.default).toBe(2000)
    expect(config.auth.mode).toBe('oidc')
    expect(config.bindings.map((b) => b.group)).toContain('console-admins')
  })

  it('derives the endpoint from the region when none is given', () => {
    const config = parseConfig(minimal)
    const [account] = resolveAccounts(config, { PROD_AK: 'AK', PROD_SK: 'SK' })
    expect(account?.endpoint).toBe('https://api.eu-west-2.outscale.com')
  })

  it('names the key and what is expected when the file is wrong', () => {
    const path = file(
      'bad.yaml',
      'accounts:\n  - id: Bad Id\n    region: europe\n    credentials: { accessKeyEnv: A }\n',
    )
    expect(() => loadConfig({ path, env: {} })).toThrow(ConfigError)
    try {
      loadConfig({ path, env: {} })
    } catch (error) {
      const message = (error as Error).message
      expect(message).toContain('accounts.0.id')
      expect(message).toContain('accounts.0.region: expected an OUTSCALE region')
      expect(message).toContain('accounts.0.credentials')
    }
  })

  it('refuses unknown keys so a typo does not silently fall back to a default', () => {
    expect(() => parseConfig({ ...minimal, proxxy: {} })).toThrow(/proxxy/)
  })

  it('says which setting is missing when no file is given', () => {
    expect(() => loadConfig({ env: {} })).toThrow(/--config FILE or set OSC_CONSOLE_CONFIG/)
  })

  it('lets PORT, HOST, DATABASE_URL and DATA_DIR override the file', () => {
    const path = file('ok.json', JSON.stringify(minimal))
    const config = loadConfig({
      path,
      env: { PORT: '9999', HOST: '::1', DATABASE_URL: 'postgres://x/y', DATA_DIR: '/tmp/d' },
    })
    expect(config.listen).toEqual({ host: '::1', port: 9999 })
    expect(config.publicUrl).toBe('http://localhost:9999')
    expect(config.storage.databaseUrl).toBe('postgres://x/y')
    expect(config.dataDir).toBe('/tmp/d')
    expect(() => loadConfig({ path, env: { PORT: 'eighty' } })).toThrow(/PORT must be a port number/)
  })

  it('accepts inline keys only for a loopback endpoint', () => {
    const inline = (endpoint: string) => ({
      accounts: [
        { id: 'sim', region: 'eu-west-2', endpoint, credentials: { accessKey: 'AK', secretKey: 'SK' } },
      ],
    })
    expect(() => parseConfig(inline('http://127.0.0.1:8181'))).not.toThrow()
    expect(() => parseConfig(inline('https://api.eu-west-2.outscale.com'))).toThrow(
      /only for a loopback endpoint/,
    )
  })

  it('names the missing environment variable without revealing any value', () => {
    const config = parseConfig(minimal)
    expect(() => resolveAccounts(config, { PROD_AK: 'AKVISIBLE' })).toThrow(
      /Account "prod": the environment variable PROD_SK is not set/,
    )
    try {
      resolveAccounts(config, { PROD_AK: 'AKVISIBLE' })
    } catch (error) {
      expect((error as Error).message).not.toContain('AKVISIBLE')
    }
  })

  it('reads the metrics token from the variable it names, and stops when that variable is unset', () => {
    expect(resolveMetricsToken(parseConfig(minimal), {})).toBeUndefined()
    const guarded = parseConfig({ ...minimal, metrics: { tokenEnv: 'METRICS_TOKEN' } })
    expect(resolveMetricsToken(guarded, { METRICS_TOKEN: 'scraper' })).toBe('scraper')
    expect(() => resolveMetricsToken(guarded, {})).toThrow(
      /metrics.tokenEnv names the environment variable METRICS_TOKEN, which is not set/,
    )
    expect(() => parseConfig({ ...minimal, metrics: { tokenEnv: 'not a name' } })).toThrow(
      /metrics.tokenEnv: expected an environment variable name/,
    )
  })

  it('reads a profile of ~/.osc/config.json, with its region and endpoint', () => {
    const profiles = file(
      'osc.json',
      JSON.stringify({
        default: {
          access_key: 'AKPROFILE',
          secret_key: 'SKPROFILE',
          region: 'us-east-2',
          endpoints: { api: 'api.us-east-2.outscale.com/api/v1' },
        },
      }),
    )
    const config = parseConfig({
      accounts: [{ id: 'p', credentials: { profile: 'default', file: profiles } }],
    })
    const [account] = resolveAccounts(config, {})
    expect(account?.region).toBe('us-east-2')
    expect(account?.endpoint).toBe('https://api.us-east-2.outscale.com')
    expect(account?.secretKey.reveal()).toBe('SKPROFILE')
    expect(() =>
      resolveAccounts(
        parseConfig({ accounts: [{ id: 'p', credentials: { profile: 'nope', file: profiles } }] }),
        {},
      ),
    ).toThrow(/profile "nope"/)
  })

  it('keeps secrets out of JSON, inspection and string conversion', () => {
    const [account] = resolveAccounts(parseConfig(minimal), { PROD_AK: 'AKSECRET1', PROD_SK: 'SKSECRET1' })
    const renderings = [JSON.stringify(account), inspect(account, { depth: 5 }), `${account?.secretKey}`]
    for (const text of renderings) {
      expect(text).not.toContain('SKSECRET1')
      expect(text).not.toContain('AKSECRET1')
    }
  })

  it('refuses a binding to a role that does not exist', () => {
    expect(() => parseConfig({ ...minimal, bindings: [{ group: 'ops', role: 'superuser' }] })).toThrow(
      /bindings.0.role: unknown role "superuser"/,
    )
  })

  it('samples the quotas hourly and keeps 90 days by default, and names a wrong quota setting', () => {
    expect(parseConfig(minimal).quotas).toEqual({ sampleMinutes: 60, retentionDays: 90 })
    expect(parseConfig({ ...minimal, quotas: { sampleMinutes: 5, retentionDays: 30 } }).quotas).toEqual({
      sampleMinutes: 5,
      retentionDays: 30,
    })
    expect(() => parseConfig({ ...minimal, quotas: { sampleMinutes: 0 } })).toThrow(
      /quotas.sampleMinutes: expected at least 1\/60/,
    )
    expect(() => parseConfig({ ...minimal, quotas: { sampleMinutes: '60' } })).toThrow(
      /quotas.sampleMinutes: expected a number of minutes/,
    )
    expect(() => parseConfig({ ...minimal, quotas: { retentionDays: 1.5 } })).toThrow(
      /quotas.retentionDays: expected a whole number of days/,
    )
    expect(() => parseConfig({ ...minimal, quotas: { retentionDays: 0 } })).toThrow(
      /quotas.retentionDays: expected at least 1 day/,
    )
  })
})
