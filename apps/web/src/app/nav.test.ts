import type { Me, MeAccount } from '@osc-console/data'
import { describe, expect, it } from 'vitest'
import { navGroupsFor } from './nav.ts'

const account = (id: string, roles: string[]): MeAccount => ({
  id,
  name: id,
  region: 'eu-west-2',
  role: roles.join('+'),
  roles,
  allowedActions: [],
  deniedReason: '',
})
const me = (accounts: MeAccount[]): Me => ({
  user: { name: 'x', email: null, subject: 'x', issuer: 'x', groups: [] },
  authMode: 'proxy',
  accounts,
  locale: null,
})
const sections = (groups: ReturnType<typeof navGroupsFor>) =>
  groups.flatMap((g) => g.items.map((i) => i.section))

describe('the sidebar', () => {
  it('leaves the audit log out for a person whose only role on the account is billing', () => {
    const person = me([account('eu', ['billing']), account('us', ['viewer', 'billing'])])
    expect(sections(navGroupsFor(person, 'eu'))).not.toContain('audit')
    expect(sections(navGroupsFor(person, 'eu'))).toContain('consumption')
    expect(sections(navGroupsFor(person, 'us'))).toContain('audit')
  })

  it('offers billing alone what costs and quotas are, nothing about the resources', () => {
    const person = me([account('eu', ['billing']), account('us', ['operator', 'billing'])])
    expect(sections(navGroupsFor(person, 'eu'))).toEqual(['quotas', 'consumption'])
    expect(navGroupsFor(person, 'eu').map((g) => g.label)).toEqual(['nav.group.account'])
    expect(sections(navGroupsFor(person, 'us'))).toContain('vms')
    expect(sections(navGroupsFor(person, 'us'))).toContain('team')
  })
})
