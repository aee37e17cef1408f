// Load balancing.
import type { LoadBalancer } from '@osc-console/osc-api'
import { resource, tagPairs } from '../descriptor.ts'

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
      [lb.LoadBalancerName, lb.DnsName, lb.LoadBalancerType, ...tagPairs(lb.Tags)].filter(Boolean).join(' '),
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
