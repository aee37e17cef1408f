// The account's access: access keys, EIM users and API access rules.
import type { AccessKey, ApiAccessRule, User } from '@osc-console/osc-api'
import { resource } from '../descriptor.ts'

// Access keys sign API calls: reading them is for admins (the catalogue marks the read sensitive). They have no
// tags and no id prefix; a key's free-text Tag is what a person calls it.
export const accessKeyResource = resource<AccessKey>(
  {
    section: 'access-keys',
    family: 'access-keys',
    plural: 'AccessKeys',
    title: 'nav.accessKeys',
    description: 'nav.accessKeys.description',
    noun: 'resources.accessKey',
    built: true,
  },
  {
    states: ['ACTIVE', 'INACTIVE'],
    filters: ['state'],
    nameOf: (k) => k.Tag ?? '',
  },
)

/** EIM users are called by name; their page is at their id, which a rename keeps. */
export const userResource = resource<User>(
  {
    section: 'users',
    family: 'users',
    plural: 'Users',
    title: 'nav.users',
    description: 'nav.users.description',
    noun: 'resources.user',
    built: true,
  },
  { filters: [], nameOf: (u) => u.UserName ?? '' },
)

export const apiAccessRuleResource = resource<ApiAccessRule>(
  {
    section: 'api-access-rules',
    family: 'api-access-rules',
    plural: 'ApiAccessRules',
    title: 'nav.apiAccessRules',
    description: 'nav.apiAccessRules.description',
    noun: 'resources.apiAccessRule',
    idPrefix: 'aar-',
    built: true,
  },
  { filters: [], nameOf: (r) => r.Description ?? '' },
)
