import type { PageMessages } from './catalog.ts'
import publicIps from '../pages/public-ips/messages.fr.ts'
import nets from '../pages/nets/messages.fr.ts'
import subnets from '../pages/subnets/messages.fr.ts'
import internetServices from '../pages/internet-services/messages.fr.ts'
import routeTables from '../pages/route-tables/messages.fr.ts'
import nics from '../pages/nics/messages.fr.ts'

export default {
  ...publicIps,
  ...nets,
  ...subnets,
  ...internetServices,
  ...routeTables,
  ...nics,
} satisfies PageMessages<'network'>
