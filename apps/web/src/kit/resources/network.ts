// Networking: Nets and what lives in them (Subnets, internet and NAT services, peerings, access points, route
// tables), security groups, public IPs and network interfaces.
import type {
  InternetService,
  NatService,
  Net,
  NetAccessPoint,
  NetPeering,
  Nic,
  PublicIp,
  RouteTable,
  SecurityGroup,
  Subnet,
} from '@osc-console/osc-api'
import { resource, tagPairs, tagValue } from '../descriptor.ts'
import { exposesToWorld } from '../../pages/security-groups/sg-world.ts'

export const netResource = resource<Net>(
  {
    section: 'nets',
    family: 'nets',
    plural: 'Nets',
    title: 'nav.nets',
    description: 'nav.nets.description',
    noun: 'resources.net',
    idPrefix: 'vpc-',
    built: true,
  },
  {
    states: ['pending', 'available', 'deleting'],
    filters: ['state', 'tag'],
    // A Net's page shows its Subnets, Internet service and route tables.
    invalidatedBy: ['subnets', 'internet-services', 'route-tables', 'routes'],
  },
)

export const subnetResource = resource<Subnet>(
  {
    section: 'subnets',
    family: 'subnets',
    plural: 'Subnets',
    title: 'nav.subnets',
    description: 'nav.subnets.description',
    noun: 'resources.subnet',
    idPrefix: 'subnet-',
    built: true,
  },
  {
    states: ['pending', 'available', 'deleting'],
    filters: ['state', 'subregion', 'net', 'tag'],
    // A VM or NIC created in a Subnet takes one of its free addresses.
    invalidatedBy: ['vms', 'nics', 'route-tables'],
  },
)

export const internetServiceResource = resource<InternetService>(
  {
    section: 'internet-services',
    family: 'internet-services',
    plural: 'InternetServices',
    title: 'nav.internetServices',
    description: 'nav.internetServices.description',
    noun: 'resources.internetService',
    idPrefix: 'igw-',
    built: true,
  },
  { filters: ['net', 'tag'] },
)

// A NAT service lets the VMs of a Net's private Subnets reach the internet through a public IP of the account.
export const natServiceResource = resource<NatService>(
  {
    section: 'nat-services',
    family: 'nat-services',
    plural: 'NatServices',
    title: 'nav.natServices',
    description: 'nav.natServices.description',
    noun: 'resources.natService',
    idPrefix: 'nat-',
    built: true,
  },
  {
    states: ['pending', 'available', 'deleting', 'deleted'],
    filters: ['state', 'net', 'tag'],
  },
)

// A peering's state is an object (Name and Message), and it joins two Nets, possibly of two accounts.
export const netPeeringResource = resource<NetPeering>(
  {
    section: 'net-peerings',
    family: 'net-peerings',
    plural: 'NetPeerings',
    title: 'nav.netPeerings',
    description: 'nav.netPeerings.description',
    noun: 'resources.netPeering',
    idPrefix: 'pcx-',
    built: true,
  },
  {
    states: ['pending-acceptance', 'active', 'rejected', 'failed', 'expired', 'deleted'],
    filters: ['state', 'tag'],
    stateOf: (p) => p.State?.Name,
    // Found by either Net or account too.
    searchText: (p) =>
      [tagValue(p.Tags, 'Name'), p.NetPeeringId, p.State?.Message, p.SourceNet, p.AccepterNet, p.Tags]
        .map((v) => (typeof v === 'object' ? JSON.stringify(v) : v))
        .join(' '),
  },
)

// A Net access point lets a Net reach an OUTSCALE service (OOS, the API…) without the internet, through routes
// to the service's prefix list in the route tables it is given.
export const netAccessPointResource = resource<NetAccessPoint>(
  {
    section: 'net-access-points',
    family: 'net-access-points',
    plural: 'NetAccessPoints',
    title: 'nav.netAccessPoints',
    description: 'nav.netAccessPoints.description',
    noun: 'resources.netAccessPoint',
    idPrefix: 'vpce-',
    built: true,
  },
  {
    states: ['pending', 'available', 'deleting', 'deleted'],
    filters: ['state', 'net', 'tag'],
  },
)

export const routeTableResource = resource<RouteTable>(
  {
    section: 'route-tables',
    family: 'route-tables',
    plural: 'RouteTables',
    title: 'nav.routeTables',
    description: 'nav.routeTables.description',
    noun: 'resources.routeTable',
    idPrefix: 'rtb-',
    built: true,
  },
  {
    filters: ['net', 'tag'],
    // Routes are their own family in the catalogue; they live in their table's read.
    invalidatedBy: ['routes', 'subnets', 'nets', 'nat-services', 'net-peerings', 'net-access-points'],
  },
)

export const securityGroupResource = resource<SecurityGroup>(
  {
    section: 'security-groups',
    family: 'security-groups',
    plural: 'SecurityGroups',
    title: 'nav.securityGroups',
    description: 'nav.securityGroups.description',
    noun: 'resources.securityGroup',
    idPrefix: 'sg-',
    built: true,
  },
  {
    filters: ['net', 'tag'],
    flags: [{ key: 'open-to-world', label: 'sg.filter.openToWorld', test: exposesToWorld }],
    nameOf: (sg) => sg.SecurityGroupName ?? '',
    searchText: (sg) =>
      [sg.SecurityGroupName, sg.SecurityGroupId, sg.Description, sg.NetId, ...tagPairs(sg.Tags)]
        .filter(Boolean)
        .join(' '),
    hint: (sg) => [sg.NetId, sg.Description].filter(Boolean).join(' · '),
    // A VM, NIC or load balancer moving to a group changes what uses it.
    invalidatedBy: ['vms', 'nics', 'load-balancers'],
  },
)

export const publicIpResource = resource<PublicIp>(
  {
    section: 'public-ips',
    family: 'public-ips',
    plural: 'PublicIps',
    title: 'nav.publicIps',
    description: 'nav.publicIps.description',
    noun: 'resources.publicIp',
    idPrefix: 'eipalloc-',
    built: true,
  },
  {
    filters: ['tag'],
    flags: [{ key: 'idle', label: 'publicIps.filter.idle', test: (ip) => !ip.LinkPublicIpId }],
    // A person knows an address by its Name tag or by the address itself; a public IP has no name of its own.
    nameOf: (ip) => tagValue(ip.Tags, 'Name') ?? ip.PublicIp ?? '',
    hint: (ip) => [ip.PublicIp, ip.VmId ?? ip.NicId].filter(Boolean).join(' · '),
    // A NAT service takes an idle public IP, and gives it back once deleted.
    invalidatedBy: ['vms', 'nics', 'nat-services'],
  },
)

export const nicResource = resource<Nic>(
  {
    section: 'nics',
    family: 'nics',
    plural: 'Nics',
    title: 'nav.nics',
    description: 'nav.nics.description',
    noun: 'resources.nic',
    idPrefix: 'eni-',
    built: true,
  },
  {
    states: ['available', 'attaching', 'in-use', 'detaching'],
    filters: ['state', 'subregion', 'net', 'tag'],
    // A NIC has a description rather than a name; its Name tag wins when it has one.
    nameOf: (nic) => tagValue(nic.Tags, 'Name') ?? nic.Description ?? '',
    invalidatedBy: ['vms', 'public-ips', 'security-groups'],
  },
)
