// docker-compose.yml describes a deployment that can start: every console configuration file it mounts passes the
// console's own validation with the variables compose gives it, the relying party accepts the issuer, and the names
// agree (the console's public URL and the issuer are sites of the TLS front, Keycloak calls itself by the issuer's
// name, the realm sends people back to the console). No password has a default that would start.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { createRelyingParty } from '../src/auth/oidc.ts'
import { loadConfig, resolveAccounts } from '../src/config.ts'

const root = join(import.meta.dirname, '..', '..', '..')
const composeText = readFileSync(join(root, 'docker-compose.yml'), 'utf8')
interface Service {
  environment?: Record<string, string>
  volumes?: string[]
  networks?: { default?: { aliases?: string[] } }
  command?: string[]
}
const compose = parse(composeText, { merge: true }) as { services: Record<string, Service> }

/** What compose would put in the environment with an .env that sets every variable it asks for. */
function interpolated(value: string): string {
  return value.replace(/\$\{(\w+):\?[^}]*\}/g, (_, name: string) => `test-${name.toLowerCase()}`)
}

const consoles = Object.entries(compose.services).filter(([, s]) => s.environment?.OSC_CONSOLE_CONFIG)

describe('the compose deployment', () => {
  it('runs two console replicas sharing PostgreSQL and Redis', () => {
    expect(consoles.map(([name]) => name)).toEqual(['console-1', 'console-2'])
    for (const [, service] of consoles) {
      expect(service.environment?.DATABASE_URL).toMatch(/^postgres:\/\/.+@postgres:5432\//)
      expect(service.environment?.REDIS_URL).toMatch(/^redis:\/\/:.+@redis:6379$/)
    }
  })

  it('mounts console configuration files that the console accepts, with an issuer its relying party accepts', () => {
    for (const [name, service] of consoles) {
      const env = Object.fromEntries(
        Object.entries(service.environment ?? {}).map(([k, v]) => [k, interpolated(String(v))]),
      )
      const target = env.OSC_CONSOLE_CONFIG
      const mount = service.volumes?.find((v) => v.split(':')[1] === target)
      expect(mount, `${name} mounts ${target}`).toBeDefined()
      const file = join(root, mount!.split(':')[0]!)
      const config = loadConfig({ path: file, env })
      expect(resolveAccounts(config, env).length).toBeGreaterThan(0)
      const oidc = config.auth.oidc!
      expect(config.auth.mode).toBe('oidc')
      expect(() =>
        createRelyingParty(oidc, env.OIDC_CLIENT_SECRET, `${config.publicUrl}/auth/callback`),
      ).not.toThrow()
      expect(new URL(oidc.issuer).protocol).toBe('https:')

      // The names agree: Caddy serves both, and inside the network both names are Caddy.
      const caddyfile = readFileSync(join(root, 'deploy/caddy/Caddyfile'), 'utf8')
      const publicHost = new URL(config.publicUrl).hostname
      const issuerHost = new URL(oidc.issuer).hostname
      for (const host of [publicHost, issuerHost]) {
        expect(caddyfile).toMatch(new RegExp(`^${host.replace(/\./g, '\\.')} \\{`, 'm'))
        expect(compose.services.caddy?.networks?.default?.aliases).toContain(host)
      }
      expect(compose.services.keycloak?.environment?.KC_HOSTNAME).toBe(new URL(oidc.issuer).origin)
      const realm = JSON.parse(readFileSync(join(root, 'deploy/keycloak/realm.json'), 'utf8')) as {
        realm: string
        clients: Array<{ clientId: string; redirectUris: string[]; secret: string }>
      }
      expect(oidc.issuer).toBe(`${new URL(oidc.issuer).origin}/realms/${realm.realm}`)
      const client = realm.clients.find((c) => c.clientId === oidc.clientId)
      expect(client?.redirectUris).toContain(`${config.publicUrl}/auth/callback`)
      expect(client?.secret).toBe('${OIDC_CLIENT_SECRET}')
    }
  })

  it('gives no password a default: compose refuses to start without the .env', () => {
    expect(composeText).not.toMatch(/change-me/)
    expect(readFileSync(join(root, 'deploy/keycloak/realm.json'), 'utf8')).not.toMatch(/change-me/)
    const withoutComments = composeText.replace(/^\s*#.*$/gm, '')
    for (const match of withoutComments.matchAll(/\$\{(\w+)([^}]*)\}/g))
      expect(match[2], `${match[1]} must be required`).toMatch(/^:\?/)
  })
})
