// What "clean up" deletes, as data: every family of resource, how its items are read, how to tell when each was
// created, the call that deletes it, and its stage. Stages run in order, each once the one before has settled
// (the BFF waits for deleted VMs to be terminated): OUTSCALE refuses to delete a net that still has subnets, a
// subnet that still has NICs or a load balancer, a security group a VM still uses.
import type {
  ActionName,
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
import type { MessageId } from '../../i18n/catalog.ts'
import type { ResourceDescriptor } from '../../kit/descriptor.ts'
import {
  imageResource,
  internetServiceResource,
  keypairResource,
  loadBalancerResource,
  natServiceResource,
  netAccessPointResource,
  netPeeringResource,
  netResource,
  nicResource,
  publicIpResource,
  routeTableResource,
  securityGroupResource,
  snapshotResource,
  subnetResource,
  vmResource,
  volumeResource,
} from '../../kit/registry.ts'
import type { TagLike } from '../../table/search.ts'
import type { CleanupSearch } from './search.ts'

/**
 * How a family tells when an item was created: a date field of the API (VMs, volumes, snapshots, images), or,
 * for families OUTSCALE gives no date, the console's audit log of the call that creates them (so only those
 * created through the console are found by a moment; the rest by a tag).
 */
export type CreatedBy = { field: 'CreationDate' } | { audit: ActionName }

/** One thing to delete: a resource, or a link between two (an internet service attached to a net). */
export interface CleanupEntry {
  family: string
  /** What the operation and its results name it by. */
  id: string
  name: string
  /** The resource whose creation and tags decide whether the entry is offered (a link's: its resource's). */
  origin: string
  /** ISO time, for families whose API gives one. */
  created?: string
  tags: TagLike[]
  action: ActionName
  stage: number
  params: Record<string, unknown>
}

export interface CleanupFamily {
  key: string
  /** The family's descriptor in the kit: its read, list key, id and name. */
  resource: ResourceDescriptor
  /** The group's heading. */
  label: MessageId
  stage: number
  created: CreatedBy
  action: ActionName
  /** The entries an item of the read gives; none for what is never deleted this way (the default group). */
  entriesOf(item: object): CleanupEntry[]
}

type Entry = Pick<CleanupEntry, 'id' | 'params'> & Partial<Pick<CleanupEntry, 'name' | 'origin'>>

interface FamilyDef<T extends object> {
  key: string
  resource: ResourceDescriptor<T>
  label: MessageId
  stage: number
  created: CreatedBy
  action: ActionName
  /** The request for the item; undefined when it is not deleted by clean-up. Links give several. */
  entries(item: T): Entry[]
}

const creationDate = { field: 'CreationDate' } as const

function family<T extends object>(def: FamilyDef<T>): CleanupFamily {
  const d = def.resource
  return {
    key: def.key,
    resource: d as unknown as ResourceDescriptor,
    label: def.label,
    stage: def.stage,
    created: def.created,
    action: def.action,
    entriesOf: (object) => {
      const item = object as T
      const created = (item as { CreationDate?: unknown }).CreationDate
      return def.entries(item).map((entry) => ({
        family: def.key,
        name: d.nameOf(item),
        origin: d.idOf(item),
        ...entry,
        ...(typeof created === 'string' ? { created } : {}),
        tags: d.tagsOf(item) ?? [],
        action: def.action,
        stage: def.stage,
      }))
    },
  }
}

const one =
  <T extends object>(d: ResourceDescriptor<T>, params: (id: string, item: T) => Record<string, unknown>) =>
  (item: T): Entry[] => [{ id: d.idOf(item), params: params(d.idOf(item), item) }]

export const cleanupFamilies: readonly CleanupFamily[] = [
  family<Vm>({
    key: 'vms',
    resource: vmResource,
    label: 'nav.vms',
    stage: 0,
    created: creationDate,
    action: 'DeleteVms',
    // A VM already terminating goes by itself.
    entries: (vm) =>
      vm.State === 'terminated' || vm.State === 'shutting-down'
        ? []
        : [{ id: vm.VmId ?? '', params: { VmIds: [vm.VmId] } }],
  }),
  family<LoadBalancer>({
    key: 'load-balancers',
    resource: loadBalancerResource,
    label: 'nav.loadBalancers',
    stage: 0,
    created: { audit: 'CreateLoadBalancer' },
    action: 'DeleteLoadBalancer',
    entries: one(loadBalancerResource, (id) => ({ LoadBalancerName: id })),
  }),
  family<NatService>({
    key: 'nat-services',
    resource: natServiceResource,
    label: 'nav.natServices',
    stage: 1,
    created: { audit: 'CreateNatService' },
    action: 'DeleteNatService',
    entries: (nat) =>
      nat.State === 'deleted' || nat.State === 'deleting'
        ? []
        : [{ id: nat.NatServiceId ?? '', params: { NatServiceId: nat.NatServiceId } }],
  }),
  family<NetAccessPoint>({
    key: 'net-access-points',
    resource: netAccessPointResource,
    label: 'nav.netAccessPoints',
    // Before the route tables holding its routes and the net it serves.
    stage: 1,
    created: { audit: 'CreateNetAccessPoint' },
    action: 'DeleteNetAccessPoint',
    entries: (nap) =>
      nap.State === 'deleted' || nap.State === 'deleting'
        ? []
        : [{ id: nap.NetAccessPointId ?? '', params: { NetAccessPointId: nap.NetAccessPointId } }],
  }),
  family<NetPeering>({
    key: 'net-peerings',
    resource: netPeeringResource,
    label: 'nav.netPeerings',
    // Before either of its nets. Rejected, failed, expired and deleted ones cannot be deleted: they go by themselves.
    stage: 1,
    created: { audit: 'CreateNetPeering' },
    action: 'DeleteNetPeering',
    entries: (p) =>
      p.State?.Name === 'active' || p.State?.Name === 'pending-acceptance'
        ? [{ id: p.NetPeeringId ?? '', params: { NetPeeringId: p.NetPeeringId } }]
        : [],
  }),
  family<Nic>({
    key: 'nics',
    resource: nicResource,
    label: 'nav.nics',
    stage: 1,
    created: { audit: 'CreateNic' },
    action: 'DeleteNic',
    // A VM's first NIC goes with the VM.
    entries: (nic) =>
      nic.LinkNic?.DeviceNumber === 0 ? [] : [{ id: nic.NicId ?? '', params: { NicId: nic.NicId } }],
  }),
  family<Volume>({
    key: 'volumes',
    resource: volumeResource,
    label: 'nav.volumes',
    stage: 1,
    created: creationDate,
    action: 'DeleteVolume',
    // A VM's boot volume (deleted with the VM) goes with it.
    entries: (volume) =>
      (volume.LinkedVolumes ?? []).some((link) => link.DeleteOnVmDeletion)
        ? []
        : [{ id: volume.VolumeId ?? '', params: { VolumeId: volume.VolumeId } }],
  }),
  family<Image>({
    key: 'images',
    resource: imageResource,
    label: 'nav.images',
    stage: 1,
    created: creationDate,
    action: 'DeleteImage',
    entries: one(imageResource, (id) => ({ ImageId: id })),
  }),
  family<Keypair>({
    key: 'keypairs',
    resource: keypairResource,
    label: 'nav.keypairs',
    stage: 1,
    created: { audit: 'CreateKeypair' },
    action: 'DeleteKeypair',
    entries: one(keypairResource, (id) => ({ KeypairId: id })),
  }),
  family<InternetService>({
    key: 'internet-service-links',
    resource: internetServiceResource,
    label: 'cleanup.family.internetServiceLinks',
    stage: 1,
    created: { audit: 'CreateInternetService' },
    action: 'UnlinkInternetService',
    entries: (is) =>
      is.NetId
        ? [
            {
              id: `${is.InternetServiceId ?? ''} → ${is.NetId}`,
              params: { InternetServiceId: is.InternetServiceId, NetId: is.NetId },
            },
          ]
        : [],
  }),
  family<RouteTable>({
    key: 'route-table-links',
    resource: routeTableResource,
    label: 'cleanup.family.routeTableLinks',
    stage: 1,
    created: { audit: 'CreateRouteTable' },
    action: 'UnlinkRouteTable',
    // The net's main link is not undone: it goes with the net.
    entries: (table) =>
      (table.LinkRouteTables ?? [])
        .filter((link) => !link.Main && link.LinkRouteTableId)
        .map((link) => ({
          id: link.LinkRouteTableId ?? '',
          params: { LinkRouteTableId: link.LinkRouteTableId },
        })),
  }),
  family<PublicIp>({
    key: 'public-ips',
    resource: publicIpResource,
    label: 'nav.publicIps',
    // After the NAT services that hold them.
    stage: 2,
    created: { audit: 'CreatePublicIp' },
    action: 'DeletePublicIp',
    entries: one(publicIpResource, (id) => ({ PublicIpId: id })),
  }),
  family<Snapshot>({
    key: 'snapshots',
    resource: snapshotResource,
    label: 'nav.snapshots',
    // After the images made of them.
    stage: 2,
    created: creationDate,
    action: 'DeleteSnapshot',
    entries: one(snapshotResource, (id) => ({ SnapshotId: id })),
  }),
  family<SecurityGroup>({
    key: 'security-groups',
    resource: securityGroupResource,
    label: 'nav.securityGroups',
    stage: 2,
    created: { audit: 'CreateSecurityGroup' },
    action: 'DeleteSecurityGroup',
    // Every net has a default group, deleted with the net.
    entries: (sg) =>
      sg.SecurityGroupName === 'default'
        ? []
        : [{ id: sg.SecurityGroupId ?? '', params: { SecurityGroupId: sg.SecurityGroupId } }],
  }),
  family<RouteTable>({
    key: 'route-tables',
    resource: routeTableResource,
    label: 'nav.routeTables',
    stage: 2,
    created: { audit: 'CreateRouteTable' },
    action: 'DeleteRouteTable',
    // A net's main route table goes with the net.
    entries: (table) =>
      (table.LinkRouteTables ?? []).some((link) => link.Main)
        ? []
        : [{ id: table.RouteTableId ?? '', params: { RouteTableId: table.RouteTableId } }],
  }),
  family<InternetService>({
    key: 'internet-services',
    resource: internetServiceResource,
    label: 'nav.internetServices',
    stage: 2,
    created: { audit: 'CreateInternetService' },
    action: 'DeleteInternetService',
    entries: one(internetServiceResource, (id) => ({ InternetServiceId: id })),
  }),
  family<Subnet>({
    key: 'subnets',
    resource: subnetResource,
    label: 'nav.subnets',
    stage: 3,
    created: { audit: 'CreateSubnet' },
    action: 'DeleteSubnet',
    entries: one(subnetResource, (id) => ({ SubnetId: id })),
  }),
  family<Net>({
    key: 'nets',
    resource: netResource,
    label: 'nav.nets',
    stage: 4,
    created: { audit: 'CreateNet' },
    action: 'DeleteNet',
    entries: one(netResource, (id) => ({ NetId: id })),
  }),
]

/** What decides which resources are offered: created at or after a moment, or carrying a tag. */
export type Criterion = { since: string } | { tagKey: string; tagValue: string }

/**
 * Whether the criterion picks the entry. `createdIds` are the ids the audit log saw created since the moment,
 * for families the API gives no creation date.
 */
export function picks(
  family: CleanupFamily,
  entry: CleanupEntry,
  criterion: Criterion,
  createdIds: ReadonlySet<string>,
): boolean {
  if ('tagKey' in criterion)
    return entry.tags.some(
      (tag) => tag.Key === criterion.tagKey && (!criterion.tagValue || tag.Value === criterion.tagValue),
    )
  if ('field' in family.created) {
    const created = entry.created ? Date.parse(entry.created) : NaN
    return !Number.isNaN(created) && created >= Date.parse(criterion.since)
  }
  return createdIds.has(entry.origin)
}

/** The families in the order their deletions run: by stage, and within a stage as listed above. */
export function inDeletionOrder(families: readonly CleanupFamily[] = cleanupFamilies): CleanupFamily[] {
  return [...families].sort((a, b) => a.stage - b.stage)
}

/** What the page looks for: a tag when one is given, else a moment (an hour before `now` by default). */
export function criterionOf(search: CleanupSearch, now: number): Criterion {
  if (search.tagKey !== undefined) return { tagKey: search.tagKey, tagValue: search.tagValue ?? '' }
  return { since: search.since ?? new Date(now - 60 * 60_000).toISOString() }
}
