import type { Messages } from './catalog.ts'
import app from '../app/messages.fr.ts'
import shared from './messages.fr.ts'
import quotas from '../pages/quotas/messages.fr.ts'
import consumption from '../pages/consumption/messages.fr.ts'
import audit from '../pages/audit/messages.fr.ts'

export default {
  ...app,
  ...shared,
  ...quotas,
  ...consumption,
  ...audit,
} satisfies Messages
