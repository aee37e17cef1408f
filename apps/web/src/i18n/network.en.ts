// The network pages' words (public IPs, Nets, Subnets, Internet services, route tables, NICs), in English: they
// load with those pages, not with the first route, which stays within its budget.
import publicIps from '../pages/public-ips/messages.en.ts'
import nets from '../pages/nets/messages.en.ts'
import subnets from '../pages/subnets/messages.en.ts'
import internetServices from '../pages/internet-services/messages.en.ts'
import routeTables from '../pages/route-tables/messages.en.ts'
import nics from '../pages/nics/messages.en.ts'

export default {
  ...publicIps,
  ...nets,
  ...subnets,
  ...internetServices,
  ...routeTables,
  ...nics,
}
