import type { FirstRouteMessages } from './catalog.ts'
import app from '../app/messages.fr.ts'
import shared from './messages.fr.ts'
import quotas from '../pages/quotas/messages.fr.ts'
import consumption from '../pages/consumption/messages.fr.ts'
import audit from '../pages/audit/messages.fr.ts'
import loadBalancers from '../pages/load-balancers/messages.fr.ts'
import forms from '../forms/messages.fr.ts'
import vmForms from '../pages/vms/forms/messages.fr.ts'
import keypairForms from '../pages/keypairs/forms/messages.fr.ts'
import chart from '../charts/messages.fr.ts'
import home from '../pages/home/messages.fr.ts'
import kit from '../kit/messages.fr.ts'
import vms from '../pages/vms/messages.fr.ts'
import keypairs from '../pages/keypairs/messages.fr.ts'
import team from '../pages/team/messages.fr.ts'

export default {
  ...app,
  ...shared,
  ...quotas,
  ...consumption,
  ...audit,
  ...loadBalancers,
  ...forms,
  ...vmForms,
  ...keypairForms,
  ...chart,
  ...home,
  ...kit,
  ...vms,
  ...keypairs,
  ...team,
} satisfies FirstRouteMessages
