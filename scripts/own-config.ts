// `OSC_CONSOLE_CONFIG=/path/to/console.yaml npm start`: the console on a configuration of one's own. The file is
// read and checked with the console's own validation before anything starts; only the parts it needs start (the
// simulator when an account points at it, the dev IdP when the issuer is the dev IdP); the banner says what is in
// force, never a secret.
import { ConfigError, loadConfig, resolveAccounts } from '../apps/bff/src/config.ts'

export interface OwnConfiguration {
  path: string
  listenPort: number
  publicUrl: string
  needsSimulator: boolean
  needsIdp: boolean
  /** The accounts and the sign-in mode in force, for the banner. */
  summary: string[]
}

const isLoopbackAt = (url: string, port: number) => {
  try {
    const u = new URL(url)
    return ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname) && Number(u.port) === port
  } catch {
    return false
  }
}

/** Reads and checks the file; throws a ConfigError whose message says what to fix. */
export function readOwnConfiguration(path: string, simPort: number, idpPort: number): OwnConfiguration {
  const config = loadConfig({ path })
  const accounts = resolveAccounts(config)
  const auth = config.auth
  const issuer = auth.mode === 'oidc' ? auth.oidc?.issuer : undefined
  const signIn =
    auth.mode === 'oidc'
      ? `OpenID Connect through ${issuer}`
      : auth.mode === 'proxy'
        ? `an authenticating proxy (identity headers from ${auth.proxy.trustedProxies.join(', ')})`
        : 'none: the local user has admin rights, on this machine only'
  return {
    path,
    listenPort: config.listen.port,
    publicUrl: config.publicUrl,
    needsSimulator: accounts.some((a) => isLoopbackAt(a.endpoint, simPort)),
    needsIdp: issuer !== undefined && isLoopbackAt(issuer, idpPort),
    summary: [
      `  Configuration ${path}`,
      `  Sign-in       ${signIn}`,
      '  Accounts',
      ...accounts.map((a) => `    ${a.id}  ${a.name}  ${a.region}  ${a.endpoint}`),
    ],
  }
}

export { ConfigError }
