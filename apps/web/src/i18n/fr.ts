import type { Messages } from './catalog.ts'
import app from '../app/messages.fr.ts'
import loadBalancers from '../pages/load-balancers/messages.fr.ts'
import securityGroups from '../pages/security-groups/messages.fr.ts'

export default {
  ...app,
  ...securityGroups,
  ...loadBalancers,
} satisfies Messages
