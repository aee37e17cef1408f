import publicIps from './public-ips/messages.fr.ts'
import nets from './nets/messages.fr.ts'
import subnets from './subnets/messages.fr.ts'
import internetServices from './internet-services/messages.fr.ts'
import routeTables from './route-tables/messages.fr.ts'
import nics from './nics/messages.fr.ts'
import natServices from './nat-services/messages.fr.ts'
import netPeerings from './net-peerings/messages.fr.ts'
import netAccessPoints from './net-access-points/messages.fr.ts'

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
