// `OSC_CONSOLE_CONFIG=/path/to/console.yaml npm start`: the console on a configuration of one's own. The file is
// checked by the console itself (`main.ts --check`) before anything starts; only the parts it needs start (the
// simulator when an account points at it, the dev IdP when the issuer is the dev IdP); the banner says what is in
// force, never a secret.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'

export interface OwnConfiguration {
  path: string
  listenPort: number
  publicUrl: string
  needsSimulator: boolean
  needsIdp: boolean
  /** The accounts and the sign-in mode in force, for the banner. */
  summary: string[]
}

/** What `main.ts --check` prints. */
interface Checked {
  listenPort: number
  publicUrl: string
  auth: { mode: 'oidc' | 'proxy' | 'none'; issuer?: string; trustedProxies?: string[] }
  accounts: { id: string; name: string; region: string; endpoint: string }[]
}

const isLoopbackAt = (url: string, port: number) => {
  try {
    const u = new URL(url)
    return ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname) && Number(u.port) === port
  } catch {
    return false
  }
}

/** Checks the file with the console's own validation; `problem` says what to fix when it is refused. */
export function readOwnConfiguration(
  root: string,
  path: string,
  simPort: number,
  idpPort: number,
): OwnConfiguration | { problem: string } {
  const tsx = join(root, 'node_modules', '.bin', 'tsx')
  const run = spawnSync(tsx, [join(root, 'apps/bff/src/main.ts'), '--check', '--config', path], {
    cwd: root,
    encoding: 'utf8',
  })
  if (run.status !== 0) return { problem: (run.stderr || run.stdout).trim() || `exit code ${run.status}` }
  const checked = JSON.parse(run.stdout) as Checked
  const { auth } = checked
  const signIn =
    auth.mode === 'oidc'
      ? `OpenID Connect through ${auth.issuer}`
      : auth.mode === 'proxy'
        ? `an authenticating proxy (identity headers from ${auth.trustedProxies?.join(', ')})`
        : 'none: the local user has admin rights, on this machine only'
  return {
    path,
    listenPort: checked.listenPort,
    publicUrl: checked.publicUrl,
    needsSimulator: checked.accounts.some((a) => isLoopbackAt(a.endpoint, simPort)),
    needsIdp: auth.issuer !== undefined && isLoopbackAt(auth.issuer, idpPort),
    summary: [
      `  Configuration ${path}`,
      `  Sign-in       ${signIn}`,
      '  Accounts',
      ...checked.accounts.map((a) => `    ${a.id}  ${a.name}  ${a.region}  ${a.endpoint}`),
    ],
  }
}
