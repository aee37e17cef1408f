// Everyone who signed in, with the groups of their last sign-in or groups refresh: the team page's people.
import type { Db } from '../storage/index.ts'
import type { Identity } from './identity.ts'

export interface Person {
  issuer: string
  subject: string
  name?: string
  email?: string
  groups: string[]
  lastSignInAt: number
}

const num = (v: number | string): number => (typeof v === 'number' ? v : Number(v))

export class People {
  constructor(
    private readonly db: Db,
    private readonly now: () => number,
  ) {}

  /** Records a sign-in (`signedIn`) or new groups read from the IdP during a session. */
  async seen(identity: Identity, signedIn: boolean): Promise<void> {
    const groups = JSON.stringify(identity.groups)
    const { rowCount } = await this.db.execute(
      `UPDATE auth_people SET name = $1, email = $2, groups_json = $3${signedIn ? ', last_sign_in_at = $6' : ''}
       WHERE issuer = $4 AND subject = $5`,
      [
        identity.name ?? null,
        identity.email ?? null,
        groups,
        identity.issuer,
        identity.subject,
        ...(signedIn ? [this.now()] : []),
      ],
    )
    if (rowCount > 0) return
    await this.db.execute(
      `INSERT INTO auth_people (issuer, subject, name, email, groups_json, last_sign_in_at)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (issuer, subject) DO NOTHING`,
      [identity.issuer, identity.subject, identity.name ?? null, identity.email ?? null, groups, this.now()],
    )
  }

  async list(): Promise<Person[]> {
    const rows = await this.db.query<{
      issuer: string
      subject: string
      name: string | null
      email: string | null
      groups_json: string
      last_sign_in_at: number | string
    }>('SELECT * FROM auth_people ORDER BY last_sign_in_at DESC LIMIT 5000')
    return rows.map((r) => ({
      issuer: r.issuer,
      subject: r.subject,
      ...(r.name ? { name: r.name } : {}),
      ...(r.email ? { email: r.email } : {}),
      groups: JSON.parse(r.groups_json) as string[],
      lastSignInAt: num(r.last_sign_in_at),
    }))
  }
}
