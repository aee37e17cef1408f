// The account home's "Needs attention": what is stuck, exposed or billed for nothing, each rule a pure function of
// what OUTSCALE returned, so every rule is tested without a browser. An item says why it is listed (a message and
// its values, translated where it is shown) and, when the catalogue prices it, what it costs per month.
import type {
  CatalogEntry,
  PublicIp,
  QuotaTypes,
  SecurityGroup,
  Snapshot,
  Vm,
  Volume,
} from '@osc-console/osc-api'
import { text, type Text } from '../i18n/text.ts'
import { CRITICAL_QUOTA, usageOf } from '../pages/quotas/quota-usage.ts'
import { SENSITIVE_PORTS, worldOpenPorts } from '../pages/security-groups/sg-world.ts'

const WHOLE_INTERNET = new Set(['0.0.0.0/0', '::/0'])

const MINUTE = 60_000
export const DAY = 86_400_000

/** A VM still starting this long after it was created is stuck: OUTSCALE starts one in a minute or two. */
export const STUCK_AFTER_MS = 15 * MINUTE
/** A volume attached to nothing for longer than this is likely forgotten. */
export const IDLE_VOLUME_AFTER_MS = DAY
/** The catalogue prices idle public IPs by the hour; a month is 730 hours on average. */
export const HOURS_PER_MONTH = 730
/** The snapshot ages a person can choose from; 30 days unless they choose another. */
export const SNAPSHOT_AGES_DAYS = [7, 30, 90, 180] as const
export const DEFAULT_SNAPSHOT_AGE_DAYS = 30

export type AttentionRule =
  | 'vm-stuck'
  | 'vm-quarantine'
  | 'backend-down'
  | 'open-port'
  | 'idle-volume'
  | 'idle-public-ip'
  | 'old-snapshot'
  | 'quota-critical'

export interface AttentionItem {
  rule: AttentionRule
  /** The resource's id (or the quota's name), unique within its rule. */
  id: string
  /** Its Name tag, when it has one. */
  name?: string
  /** Where it is shown: a VM's or a group's own page, or its family's page (volumes, public-ips, …). */
  target:
    | { kind: 'vm'; vmId: string }
    | { kind: 'section'; section: string }
    | { kind: 'resource'; section: string; id: string }
  reason: Text
  /** What it costs per month in the account's currency, when the catalogue prices it. */
  monthlyCost?: number
}

const nameOf = (tags: ReadonlyArray<{ Key?: string; Value?: string }> | undefined) =>
  tags?.find((tag) => tag.Key === 'Name')?.Value || undefined

const ageMs = (iso: string | undefined, now: number) => {
  const at = iso ? Date.parse(iso) : Number.NaN
  return Number.isNaN(at) ? undefined : now - at
}

const days = (ms: number) => Math.floor(ms / DAY)

/** VMs in quarantine, and VMs still `pending` long after their creation. */
export function stuckVms(vms: readonly Vm[], now: number): AttentionItem[] {
  const items: AttentionItem[] = []
  for (const vm of vms) {
    const id = vm.VmId ?? ''
    const target = { kind: 'vm', vmId: id } as const
    if (vm.State === 'quarantine') {
      items.push({
        rule: 'vm-quarantine',
        id,
        name: nameOf(vm.Tags),
        target,
        reason: text('home.why.quarantine'),
      })
      continue
    }
    const age = ageMs(vm.CreationDate, now)
    if (vm.State === 'pending' && age !== undefined && age > STUCK_AFTER_MS)
      items.push({
        rule: 'vm-stuck',
        id,
        name: nameOf(vm.Tags),
        target,
        reason: text('home.why.stuck', { minutes: Math.floor(age / MINUTE) }),
      })
  }
  return items
}

/** Inbound rules that open an administration or database port to 0.0.0.0/0 or ::/0, one item per group and port. */
export function openAdminPorts(groups: readonly SecurityGroup[]): AttentionItem[] {
  const items: AttentionItem[] = []
  for (const group of groups) {
    const seen = new Set<number>()
    for (const rule of group.InboundRules ?? []) {
      const range = (rule.IpRanges ?? []).find((r) => WHOLE_INTERNET.has(r.trim()))
      if (!range) continue
      for (const port of worldOpenPorts(rule)) {
        const service = SENSITIVE_PORTS.get(port) ?? ''
        if (seen.has(port)) continue
        seen.add(port)
        items.push({
          rule: 'open-port',
          id: `${group.SecurityGroupId ?? ''}:${port}`,
          name: group.SecurityGroupName,
          target: { kind: 'resource', section: 'security-groups', id: group.SecurityGroupId ?? '' },
          reason: text('home.why.openPort', { service, port, range }),
        })
      }
    }
  }
  return items
}

/** The catalogue's unit price of a type (`ElasticIP:IdleAddress`, `BSU:VolumeUsage:gp2`…), if it has one. */
export function unitPriceOf(catalog: readonly CatalogEntry[] | undefined, type: string): number | undefined {
  return catalog?.find((entry) => entry.Type === type)?.UnitPrice
}

/** Volumes attached to no VM, created more than a day ago (OUTSCALE does not say since when they are detached). */
export function idleVolumes(
  volumes: readonly Volume[],
  now: number,
  catalog?: readonly CatalogEntry[],
): AttentionItem[] {
  return volumes.flatMap((volume): AttentionItem[] => {
    const age = ageMs(volume.CreationDate, now)
    if (volume.State !== 'available' || age === undefined || age <= IDLE_VOLUME_AFTER_MS) return []
    const size = volume.Size ?? 0
    const perGib = unitPriceOf(catalog, `BSU:VolumeUsage:${volume.VolumeType ?? 'standard'}`)
    return [
      {
        rule: 'idle-volume',
        id: volume.VolumeId ?? '',
        name: nameOf(volume.Tags),
        target: { kind: 'section', section: 'volumes' },
        reason: text('home.why.idleVolume', { size, days: days(age) }),
        ...(perGib === undefined ? {} : { monthlyCost: perGib * size }),
      },
    ]
  })
}

/** Public IPs linked to nothing: OUTSCALE bills them by the hour while they wait. */
export function idlePublicIps(ips: readonly PublicIp[], catalog?: readonly CatalogEntry[]): AttentionItem[] {
  const hourly = unitPriceOf(catalog, 'ElasticIP:IdleAddress')
  return ips
    .filter((ip) => !ip.VmId && !ip.NicId && !ip.LinkPublicIpId)
    .map((ip) => ({
      rule: 'idle-public-ip' as const,
      id: ip.PublicIpId ?? ip.PublicIp ?? '',
      name: nameOf(ip.Tags) ?? ip.PublicIp,
      target: { kind: 'section' as const, section: 'public-ips' },
      reason: text('home.why.idlePublicIp', { ip: ip.PublicIp ?? '' }),
      ...(hourly === undefined ? {} : { monthlyCost: hourly * HOURS_PER_MONTH }),
    }))
}

/** Snapshots older than `maxAgeDays`: backups nobody may need any more, billed per GiB-month. */
export function oldSnapshots(
  snapshots: readonly Snapshot[],
  now: number,
  maxAgeDays: number,
  catalog?: readonly CatalogEntry[],
): AttentionItem[] {
  const perGib = unitPriceOf(catalog, 'Snapshot:Usage')
  return snapshots.flatMap((snapshot): AttentionItem[] => {
    const age = ageMs(snapshot.CreationDate, now)
    if (age === undefined || age <= maxAgeDays * DAY) return []
    const size = snapshot.VolumeSize ?? 0
    return [
      {
        rule: 'old-snapshot',
        id: snapshot.SnapshotId ?? '',
        name: nameOf(snapshot.Tags) ?? (snapshot.Description || undefined),
        target: { kind: 'section', section: 'snapshots' },
        reason: text('home.why.oldSnapshot', { days: days(age), limit: maxAgeDays, size }),
        ...(perGib === undefined ? {} : { monthlyCost: perGib * size }),
      },
    ]
  })
}

/** Quotas at the Quotas page's critical level (95 %) or more: the next creation of that kind may be refused. */
export function criticalQuotas(types: readonly QuotaTypes[]): AttentionItem[] {
  return types.flatMap((type) =>
    (type.Quotas ?? [])
      .map(usageOf)
      .filter((u) => u.ratio >= CRITICAL_QUOTA)
      .map((u) => ({
        rule: 'quota-critical' as const,
        id: `${type.QuotaType ?? 'global'}:${u.quota.Name ?? ''}`,
        name: u.quota.ShortDescription || u.quota.Name,
        target: { kind: 'section' as const, section: 'quotas' },
        reason: text('home.why.quota', { used: u.used, max: u.max, percent: Math.floor(u.ratio * 100) }),
      })),
  )
}

/** The order of the list: what blocks work first, then what is exposed, then what only costs. */
const ORDER: readonly AttentionRule[] = [
  'vm-quarantine',
  'vm-stuck',
  'backend-down',
  'open-port',
  'quota-critical',
  'idle-public-ip',
  'idle-volume',
  'old-snapshot',
]

/** Every item in one list, the most urgent rule first and, within a rule, the most expensive first. */
export function sortAttention(items: readonly AttentionItem[]): AttentionItem[] {
  return [...items].sort(
    (a, b) =>
      ORDER.indexOf(a.rule) - ORDER.indexOf(b.rule) ||
      (b.monthlyCost ?? 0) - (a.monthlyCost ?? 0) ||
      a.id.localeCompare(b.id),
  )
}
