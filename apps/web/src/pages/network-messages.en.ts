// The network pages' words in one catalogue (public IPs, Nets, Subnets, Internet services, route tables, NICs): one
// chunk per language rather than six, since every chunk the router can load costs the first route its name.
import publicIps from './public-ips/messages.en.ts'
import nets from './nets/messages.en.ts'
import subnets from './subnets/messages.en.ts'
import internetServices from './internet-services/messages.en.ts'
import routeTables from './route-tables/messages.en.ts'
import nics from './nics/messages.en.ts'
import natServices from './nat-services/messages.en.ts'
import netPeerings from './net-peerings/messages.en.ts'
import netAccessPoints from './net-access-points/messages.en.ts'

export default {
  ...publicIps,
  ...nets,
  ...subnets,
  ...internetServices,
  ...routeTables,
  ...nics,
  ...natServices,
  ...netPeerings,
  ...netAccessPoints,
}
