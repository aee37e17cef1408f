// Which page lists the resources a quota counts: from a full quota, one click to what fills it. Only quotas whose
// resources have a page are mapped; the others (Direct Link, VPN, exports…) stay without a link.
import { findResource } from '../../kit/registry.ts'
import type { ResourceDescriptor } from '../../kit/descriptor.ts'

/** OUTSCALE's quota name (see shared/oapi/quotas.tsv) → the section of the page listing what it counts. */
export const QUOTA_SECTIONS: Readonly<Record<string, string>> = {
  vm_limit: 'vms',
  core_limit: 'vms',
  memory_limit: 'vms',
  ip_limit: 'public-ips',
  lb_limit: 'load-balancers',
  lb_rules_limit: 'load-balancers',
  sg_limit: 'security-groups',
  sg_rule_limit: 'security-groups',
  vm_sg_limit: 'security-groups',
  vpc_sg_limit: 'security-groups',
  vpc_sg_rule_limit: 'security-groups',
  volume_limit: 'volumes',
  volume_size_limit: 'volumes',
  gp2_volume_size_limit: 'volumes',
  io1_volume_size_limit: 'volumes',
  os1_volume_size_limit: 'volumes',
  sc1_volume_size_limit: 'volumes',
  st1_volume_size_limit: 'volumes',
  standard_volume_size_limit: 'volumes',
  iops_limit: 'volumes',
  snapshot_limit: 'snapshots',
  concurrent_snapshot_limit: 'snapshots',
  vpc_limit: 'nets',
  subnet_limit: 'subnets',
  igw_limit: 'internet-services',
  rtb_limit: 'route-tables',
  rtb_rule_limit: 'route-tables',
}

/** The family whose page lists what the quota counts, or undefined when the console has no such page. */
export function quotaResource(quotaName: string | undefined): ResourceDescriptor | undefined {
  const section = quotaName === undefined ? undefined : QUOTA_SECTIONS[quotaName]
  return section === undefined ? undefined : findResource(section)
}
