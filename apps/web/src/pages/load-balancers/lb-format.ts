// How a load balancer's parts read in a list cell, a CSV and a heading.
import type { BackendVmHealth, Listener, LoadBalancer } from '@osc-console/osc-api'
import { isSettling } from './lb-rules.ts'

/** "HTTP:80 → HTTP:8080". */
export function listenerText(l: Listener): string {
  const front = `${l.LoadBalancerProtocol ?? ''}:${l.LoadBalancerPort ?? ''}`
  return `${front} → ${l.BackendProtocol ?? l.LoadBalancerProtocol ?? ''}:${l.BackendPort ?? ''}`
}

export function listenersText(lb: LoadBalancer): string {
  return (lb.Listeners ?? []).map(listenerText).join(', ')
}

/** Subnets for a load balancer in a Net, Subregions for one in the public cloud. */
export function placementText(lb: LoadBalancer): string {
  return (lb.Subnets?.length ? lb.Subnets : (lb.SubregionNames ?? [])).join(', ')
}

export type HealthWord = 'up' | 'down' | 'unknown'

/** What a backend's health is called on the page: up, down, or not judged yet (registering, or no answer). */
export function healthWord(health: BackendVmHealth | undefined): HealthWord {
  if (!health) return 'unknown'
  if (health.State === 'InService') return 'up'
  return isSettling(health) ? 'unknown' : 'down'
}
