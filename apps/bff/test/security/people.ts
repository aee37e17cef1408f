// The console in auth mode `proxy` (an authenticating proxy on loopback names the person), with one group per
// built-in role on every account, so that probes call it over HTTP as an admin, an operator, a viewer or billing.
import { startHarness, type Harness, type HarnessOptions } from '../harness.ts'

export const PEOPLE_BINDINGS = [
  { group: 'admins', role: 'admin', accounts: ['*'] },
  { group: 'operators', role: 'operator', accounts: ['*'] },
  { group: 'viewers', role: 'viewer', accounts: ['*'] },
  { group: 'finance', role: 'billing', accounts: ['*'] },
  { group: 'eu-viewers', role: 'viewer', accounts: ['demo-eu'] },
  { group: 'eu-finance', role: 'billing', accounts: ['demo-eu'] },
  { group: 'us-viewers', role: 'viewer', accounts: ['demo-us'] },
]

export type Role = 'admin' | 'operator' | 'viewer' | 'billing'
const GROUP: Record<Role, string> = {
  admin: 'admins',
  operator: 'operators',
  viewer: 'viewers',
  billing: 'finance',
}

/** The headers the authenticating proxy adds for a person in a group. */
export function as(user: string, group: string): Record<string, string> {
  return { 'X-Forwarded-User': user, 'X-Forwarded-Email': `${user}@example.com`, 'X-Forwarded-Groups': group }
}

/** The headers of a person holding a built-in role on every account. */
export const asRole = (role: Role, user: string = role): Record<string, string> => as(user, GROUP[role])

export function startPeopleHarness(options: HarnessOptions = {}): Promise<Harness> {
  return startHarness({
    auth: { mode: 'proxy', proxy: { trustedProxies: ['127.0.0.1', '::1'] } },
    bindings: PEOPLE_BINDINGS,
    ...options,
  })
}

export async function json<T>(response: Response): Promise<T> {
  return (await response.json()) as T
}

/** GET with a person's headers. */
export function getAs(h: Harness, path: string, headers: Record<string, string>): Promise<Response> {
  return fetch(`${h.bff.url}${path}`, { headers })
}
