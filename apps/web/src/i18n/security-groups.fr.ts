import type { PageMessages } from './catalog.ts'
import securityGroups from '../pages/security-groups/messages.fr.ts'

export default {
  ...securityGroups,
} satisfies PageMessages<'securityGroups'>
