import type { Messages } from './catalog.ts'
import app from '../app/messages.fr.ts'
import shared from './messages.fr.ts'
import quotas from '../pages/quotas/messages.fr.ts'
import consumption from '../pages/consumption/messages.fr.ts'
import audit from '../pages/audit/messages.fr.ts'
import loadBalancers from '../pages/load-balancers/messages.fr.ts'
import securityGroups from '../pages/security-groups/messages.fr.ts'
import forms from '../forms/messages.fr.ts'
import vmForms from '../pages/vms/forms/messages.fr.ts'
import keypairForms from '../pages/keypairs/forms/messages.fr.ts'
import chart from '../charts/messages.fr.ts'
import home from '../pages/home/messages.fr.ts'
import kit from '../kit/messages.fr.ts'
import vms from '../pages/vms/messages.fr.ts'
import keypairs from '../pages/keypairs/messages.fr.ts'
import team from '../pages/team/messages.fr.ts'
import publicIps from '../pages/public-ips/messages.fr.ts'
import nets from '../pages/nets/messages.fr.ts'
import subnets from '../pages/subnets/messages.fr.ts'
import internetServices from '../pages/internet-services/messages.fr.ts'
import routeTables from '../pages/route-tables/messages.fr.ts'
import nics from '../pages/nics/messages.fr.ts'

export default {
  ...app,
  ...shared,
  ...quotas,
  ...consumption,
  ...audit,
  ...securityGroups,
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
  ...publicIps,
  ...nets,
  ...subnets,
  ...internetServices,
  ...routeTables,
  ...nics,
} satisfies Messages
