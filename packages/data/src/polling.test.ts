import { describe, expect, it } from 'vitest'
import {
  FAST_MS,
  SLOW_MS,
  THROTTLE_COOL_DOWN_MS,
  THROTTLE_FACTOR,
  noteThrottled,
  pollWhile,
  pollingInterval,
} from './polling.ts'

const now = 1_000_000

describe('pollingInterval', () => {
  it('polls every 2 s while a shown resource is pending, stopping or shutting down', () => {
    for (const state of ['pending', 'stopping', 'shutting-down']) {
      expect(
        pollingInterval({ states: ['running', state], hidden: false, lastThrottledAt: undefined, now }),
      ).toBe(FAST_MS)
    }
    expect(FAST_MS).toBe(2_000)
  })

  it('polls every 30 s when everything shown is settled', () => {
    expect(
      pollingInterval({ states: ['running', 'stopped'], hidden: false, lastThrottledAt: undefined, now }),
    ).toBe(SLOW_MS)
    expect(SLOW_MS).toBe(30_000)
  })

  it('stops while the tab is hidden', () => {
    expect(pollingInterval({ states: ['pending'], hidden: true, lastThrottledAt: undefined, now })).toBe(
      false,
    )
  })

  it('slows down for a while after a throttling answer, then recovers', () => {
    const recently = now - 1_000
    expect(pollingInterval({ states: ['pending'], hidden: false, lastThrottledAt: recently, now })).toBe(
      FAST_MS * THROTTLE_FACTOR,
    )
    const longAgo = now - THROTTLE_COOL_DOWN_MS - 1
    expect(pollingInterval({ states: ['pending'], hidden: false, lastThrottledAt: longAgo, now })).toBe(
      FAST_MS,
    )
  })
})

describe('pollWhile, the refetchInterval of a list', () => {
  const statesOf = (data: { Vms: Array<{ State?: string }> }) => data.Vms.map((vm) => vm.State)

  it('reads the states of what the query returned', () => {
    const interval = pollWhile(statesOf)
    expect(interval({ state: { data: { Vms: [{ State: 'running' }, { State: 'pending' }] } } })).toBe(FAST_MS)
    expect(interval({ state: { data: { Vms: [{ State: 'running' }] } } })).toBe(SLOW_MS)
    expect(interval({ state: { data: undefined } })).toBe(SLOW_MS)
  })

  it('stretches after the client noted a throttling answer', () => {
    noteThrottled(Date.now())
    expect(pollWhile(statesOf)({ state: { data: { Vms: [{ State: 'pending' }] } } })).toBe(
      FAST_MS * THROTTLE_FACTOR,
    )
    noteThrottled(0)
    expect(pollWhile(statesOf)({ state: { data: { Vms: [{ State: 'pending' }] } } })).toBe(FAST_MS)
  })

  it('walks the items of an answer once, however often the interval is asked, and again for a new answer', () => {
    let walks = 0
    const counting = (data: { Vms: Array<{ State?: string }> }) => {
      walks++
      return statesOf(data)
    }
    const interval = pollWhile(counting)
    const answer = { Vms: [{ State: 'running' }, { State: 'stopping' }] }
    for (let render = 0; render < 5; render++) expect(interval({ state: { data: answer } })).toBe(FAST_MS)
    expect(walks).toBe(1)
    expect(interval({ state: { data: { Vms: [{ State: 'stopped' }] } } })).toBe(SLOW_MS)
    expect(walks).toBe(2)
  })
})
