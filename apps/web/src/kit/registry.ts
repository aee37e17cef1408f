// Every resource family the console shows, in one place: the sidebar, the command palette and the links to a
// resource id read it, and the list and detail pages take their descriptor from it.
import { catalogue, type ActionName } from '@osc-console/osc-api'
import type {
  AccessKey,
  ApiAccessRule,
  User,
  Image,
  InternetService,
  Keypair,
  LoadBalancer,
  NatService,
  Net,
  NetAccessPoint,
  NetPeering,
  Nic,
  PublicIp,
  RouteTable,
  SecurityGroup,
  Snapshot,
  Subnet,
  Vm,
  Volume,
} from '@osc-console/osc-api'
import { resource, tagValue, type ResourceDescriptor } from './descriptor.ts'
import { vmSearchText } from '../pages/vms/vm-format.ts'
import { exposesToWorld } from '../pages/security-groups/sg-world.ts'
import { volumeState } from '../pages/volumes/volume-state.ts'
import { paths } from '../paths.ts'

export const vmResource = resource<Vm>(
  {
    section: 'vms',
    family: 'vms',
    plural: 'Vms',
    title: 'nav.vms',
    description: 'nav.vms.description',
    noun: 'resources.vm',
    idPrefix: 'i-',
    built: true,
  },
  {
    states: ['pending', 'running', 'stopping', 'stopped', 'shutting-down', 'terminated', 'quarantine'],
    searchText: vmSearchText,
    // A volume being attached or detached changes the VM's read until it settles.
    partStatesOf: (vm) => (vm.BlockDeviceMappings ?? []).map((b) => b.Bsu?.State),
    paletteActions: [
      { dialog: 'stop', label: 'vms.stop' },
      { dialog: 'reboot', label: 'vms.reboot' },
      { dialog: 'edit', label: 'vms.edit' },
      { dialog: 'terminate', label: 'vms.terminate' },
    ],
    // Linking a volume, a public IP or a NIC, or changing a group, shows in the VM's own read.
    invalidatedBy: ['volumes', 'public-ips', 'nics', 'security-groups'],
  },
)

export const keypairResource = resource<Keypair>(
  {
    section: 'keypairs',
    family: 'keypairs',
    plural: 'Keypairs',
    title: 'nav.keypairs',
    description: 'nav.keypairs.description',
    noun: 'resources.keypair',
    idPrefix: 'key-',
    built: true,
  },
  {
    filters: ['tag'],
    searchText: (kp) =>
      [kp.KeypairName, kp.KeypairId, kp.KeypairFingerprint, kp.KeypairType].filter(Boolean).join(' '),
    hint: (kp) => kp.KeypairType ?? '',
  },
)

export const imageResource = resource<Image>(
  {
    section: 'images',
    family: 'images',
    plural: 'Images',
    title: 'nav.images',
    description: 'nav.images.description',
    noun: 'resources.image',
    idPrefix: 'ami-',
    built: true,
  },
  {
    states: ['pending', 'available', 'failed'],
    filters: ['state', 'tag'],
    // An image's name is its own field; a Name tag, when set, is what the team calls it.
    nameOf: (i) => tagValue(i.Tags, 'Name') ?? i.ImageName ?? '',
    searchText: (i) =>
      [
        i.ImageName,
        i.ImageId,
        i.Description,
        i.AccountAlias,
        ...(i.Tags ?? []).map((t) => `${t.Key ?? ''}=${t.Value ?? ''}`),
      ]
        .filter(Boolean)
        .join(' '),
    hint: (i) => [i.State, i.Description].filter(Boolean).join(' · '),
  },
)

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
      [
        sg.SecurityGroupName,
        sg.SecurityGroupId,
        sg.Description,
        sg.NetId,
        ...(sg.Tags ?? []).map((t) => `${t.Key ?? ''}=${t.Value ?? ''}`),
      ]
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

export const volumeResource = resource<Volume>(
  {
    section: 'volumes',
    family: 'volumes',
    plural: 'Volumes',
    title: 'nav.volumes',
    description: 'nav.volumes.description',
    noun: 'resources.volume',
    idPrefix: 'vol-',
    built: true,
  },
  {
    states: ['creating', 'available', 'in-use', 'updating', 'deleting', 'error', 'attaching', 'detaching'],
    // While a volume is being attached or detached, its link's state is what changes (and what polling watches).
    stateOf: volumeState,
    hint: (v) =>
      [volumeState(v), v.VolumeType, v.Size === undefined ? '' : `${v.Size} GiB`, v.LinkedVolumes?.[0]?.VmId]
        .filter(Boolean)
        .join(' · '),
    invalidatedBy: ['vms'],
  },
)

export const snapshotResource = resource<Snapshot>(
  {
    section: 'snapshots',
    family: 'snapshots',
    plural: 'Snapshots',
    title: 'nav.snapshots',
    description: 'nav.snapshots.description',
    noun: 'resources.snapshot',
    idPrefix: 'snap-',
    built: true,
  },
  {
    states: ['in-queue', 'pending', 'completed', 'error', 'deleting'],
    filters: ['state', 'tag'],
    searchText: (s) =>
      [
        tagValue(s.Tags, 'Name'),
        s.SnapshotId,
        s.VolumeId,
        s.Description,
        ...(s.Tags ?? []).map((t) => `${t.Key ?? ''}=${t.Value ?? ''}`),
      ]
        .filter(Boolean)
        .join(' '),
    hint: (s) =>
      [s.State, s.VolumeSize === undefined ? '' : `${s.VolumeSize} GiB`, s.Description]
        .filter(Boolean)
        .join(' · '),
  },
)

// Load balancers have no id: their name is their key, the read filters by LoadBalancerNames, and their tags have
// calls of their own.
export const loadBalancerResource = resource<LoadBalancer>(
  {
    section: 'load-balancers',
    family: 'load-balancers',
    plural: 'LoadBalancers',
    title: 'nav.loadBalancers',
    description: 'nav.loadBalancers.description',
    noun: 'resources.loadBalancer',
    built: true,
  },
  {
    idField: 'LoadBalancerName',
    idFilter: 'LoadBalancerNames',
    idOf: (lb) => lb.LoadBalancerName ?? '',
    nameOf: (lb) => lb.LoadBalancerName ?? '',
    filters: ['tag'],
    hint: (lb) => lb.DnsName ?? '',
    searchText: (lb) =>
      [
        lb.LoadBalancerName,
        lb.DnsName,
        lb.LoadBalancerType,
        ...(lb.Tags ?? []).map((t) => `${t.Key}=${t.Value}`),
      ]
        .filter(Boolean)
        .join(' '),
    tagCalls: {
      create: 'CreateLoadBalancerTags',
      remove: 'DeleteLoadBalancerTags',
      params: (name, tags, removing) => ({
        LoadBalancerNames: [name],
        Tags: removing ? tags.map(({ Key }) => ({ Key })) : tags,
      }),
    },
    // Registering a VM changes the backends the load balancer's read lists.
    invalidatedBy: ['vms'],
  },
)

// Access keys sign API calls: reading them is for admins (the catalogue marks the read sensitive). They have no
// tags and no id prefix; a key's free-text Tag is what a person calls it.
export const accessKeyResource = resource<AccessKey>(
  {
    section: 'access-keys',
    family: 'access-keys',
    plural: 'AccessKeys',
    title: 'nav.accessKeys',
    description: 'nav.accessKeys.description',
    noun: 'resources.accessKey',
    built: true,
  },
  {
    states: ['ACTIVE', 'INACTIVE'],
    filters: ['state'],
    nameOf: (k) => k.Tag ?? '',
  },
)

/** EIM users are called by name; their page is at their id, which a rename keeps. */
export const userResource = resource<User>(
  {
    section: 'users',
    family: 'users',
    plural: 'Users',
    title: 'nav.users',
    description: 'nav.users.description',
    noun: 'resources.user',
    built: true,
  },
  { filters: [], nameOf: (u) => u.UserName ?? '' },
)

export const apiAccessRuleResource = resource<ApiAccessRule>(
  {
    section: 'api-access-rules',
    family: 'api-access-rules',
    plural: 'ApiAccessRules',
    title: 'nav.apiAccessRules',
    description: 'nav.apiAccessRules.description',
    noun: 'resources.apiAccessRule',
    idPrefix: 'aar-',
    built: true,
  },
  { filters: [], nameOf: (r) => r.Description ?? '' },
)

export const resources: readonly ResourceDescriptor[] = [
  vmResource,
  imageResource,
  keypairResource,
  netResource,
  subnetResource,
  internetServiceResource,
  natServiceResource,
  netPeeringResource,
  netAccessPointResource,
  routeTableResource,
  securityGroupResource,
  publicIpResource,
  nicResource,
  volumeResource,
  snapshotResource,
  loadBalancerResource,
  accessKeyResource,
  userResource,
  apiAccessRuleResource,
]

export function findResource(section: string): ResourceDescriptor | undefined {
  return resources.find((r) => r.section === section)
}

/** The family an id belongs to, by its prefix (`i-…` is a VM); undefined for names and unknown prefixes. */
export function resourceOfId(id: string): ResourceDescriptor | undefined {
  return resources.find((r) => r.idPrefix && id.length > r.idPrefix.length && id.startsWith(r.idPrefix))
}

/** The page of any resource id whose family the console has pages for (`i-…` → the VM), else undefined. */
export function resourcePath(account: string, id: string) {
  const d = resourceOfId(id)
  return d?.built ? paths.resource({ account, section: d.section, id }) : undefined
}

/**
 * Families whose reads `action` changes besides its own: those whose descriptor lists the action's family
 * (linking a volume changes the VM's read). Passed to the mutation wrapper as `alsoInvalidates`.
 */
export function readersChangedBy(action: ActionName): string[] {
  const family = catalogue[action].family
  return resources.filter((r) => r.invalidatedBy.includes(family)).map((r) => r.family)
}
