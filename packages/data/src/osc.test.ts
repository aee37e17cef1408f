import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { QueryClient } from '@tanstack/react-query'
import { configureApi, loginUrl } from './http.ts'
import { fetchAllPages, invalidateFamilies, oscQuery, oscQueryAll } from './osc.ts'
import { fetchedAtOf } from './freshness.ts'
import { ApiError } from './errors.ts'
import { startTestServer, type Handler } from './test-server.ts'

// vi.waitFor gives up after 1 s by default: too short when the machine is busy running other suites.
const WAIT = { timeout: 10_000 }

let server: Awaited<ReturnType<typeof startTestServer>>
let handler: Handler

beforeEach(async () => {
  handler = () => ({ body: {} })
  server = await startTestServer((request) => handler(request))
  configureApi({ baseUrl: server.url })
})
afterEach(async () => {
  await server.close()
  configureApi({ baseUrl: '', onSessionExpired: () => {}, onThrottled: () => {} })
})

describe('oscQuery', () => {
  it('is keyed [account, Action, params]', () => {
    const options = oscQuery('demo-eu', 'ReadVms', { Filters: { VmIds: ['i-1'] } })
    expect(options.queryKey).toEqual(['demo-eu', 'ReadVms', { Filters: { VmIds: ['i-1'] } }])
  })

  it('posts the params as JSON with the console header and returns the OUTSCALE body', async () => {
    handler = () => ({
      body: { Vms: [{ VmId: 'i-1', State: 'running' }], ResponseContext: { RequestId: 'r' } },
      headers: { 'X-Fetched-At': '2026-01-02T03:04:05.000Z' },
    })
    const client = new QueryClient()
    const data = await client.fetchQuery(oscQuery('demo-eu', 'ReadVms', { Filters: { VmIds: ['i-1'] } }))
    expect(data.Vms?.[0]?.VmId).toBe('i-1')
    const request = server.requests[0]
    expect(request?.method).toBe('POST')
    expect(request?.url).toBe('/api/osc/demo-eu/ReadVms')
    expect(request?.headers['x-requested-with']).toBe('osc-console')
    expect(request?.headers['content-type']).toBe('application/json')
    expect(request?.body).toEqual({ Filters: { VmIds: ['i-1'] } })
    expect(fetchedAtOf(data)).toBe(Date.parse('2026-01-02T03:04:05.000Z'))
  })

  it('keeps the newer fetch time when a refetch returns equal data', async () => {
    let time = '2026-01-02T03:04:05.000Z'
    handler = () => ({ body: { Vms: [{ VmId: 'i-1' }] }, headers: { 'X-Fetched-At': time } })
    const client = new QueryClient()
    const options = oscQuery('demo-eu', 'ReadVms', {})
    const first = await client.fetchQuery(options)
    time = '2026-01-02T03:05:00.000Z'
    await client.refetchQueries({ queryKey: options.queryKey })
    const second = client.getQueryData(options.queryKey)
    expect(second).toBe(first)
    expect(fetchedAtOf(second)).toBe(Date.parse(time))
  })

  it('turns an error body into an ApiError and reports session expiry with the sign-in URL', async () => {
    const expired = vi.fn()
    configureApi({ onSessionExpired: expired })
    handler = () => ({
      status: 401,
      body: {
        error: {
          source: 'console',
          kind: 'session-expired',
          message: 'Your session ended.',
          retryable: false,
          status: 401,
          login: '/auth/login?returnTo=%2Fdemo-eu%2Fvms',
        },
      },
    })
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    const failure = await client.fetchQuery(oscQuery('demo-eu', 'ReadVms', {})).catch((e: unknown) => e)
    expect(failure).toBeInstanceOf(ApiError)
    expect((failure as ApiError).kind).toBe('session-expired')
    expect(expired).toHaveBeenCalledOnce()
    expect(loginUrl('/elsewhere', failure as ApiError)).toBe('/auth/login?returnTo=%2Fdemo-eu%2Fvms')
    expect(loginUrl('/demo-eu/vms?q=a')).toBe('/auth/login?returnTo=%2Fdemo-eu%2Fvms%3Fq%3Da')
  })

  it('reports throttling so polling can slow down', async () => {
    const throttled = vi.fn()
    configureApi({ onThrottled: throttled })
    handler = () => ({
      status: 429,
      body: { error: { kind: 'throttled', status: 429, message: 'Slow down' } },
    })
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    await client.fetchQuery(oscQuery('demo-eu', 'ReadVms', {})).catch(() => undefined)
    expect(throttled).toHaveBeenCalledOnce()
  })

  it('reports an unreachable console server as an ApiError', async () => {
    configureApi({ baseUrl: 'http://127.0.0.1:1' })
    const failure = await fetchAllPages('demo-eu', 'ReadVms', {}).catch((e: unknown) => e)
    expect(failure).toBeInstanceOf(ApiError)
    expect((failure as ApiError).kind).toBe('unreachable')
  })
})

describe('fetchAllPages', () => {
  it('follows NextPageToken to the end and concatenates the pages, as old as the oldest page', async () => {
    const pages: Record<string, { Vms: Array<{ VmId: string }>; NextPageToken?: string; at: string }> = {
      first: { Vms: [{ VmId: 'i-1' }, { VmId: 'i-2' }], NextPageToken: 'p2', at: '2026-01-01T00:00:10.000Z' },
      p2: { Vms: [{ VmId: 'i-3' }], NextPageToken: 'p3', at: '2026-01-01T00:00:05.000Z' },
      p3: { Vms: [{ VmId: 'i-4' }], at: '2026-01-01T00:00:20.000Z' },
    }
    handler = (request) => {
      const token = (request.body as { NextPageToken?: string }).NextPageToken ?? 'first'
      const { at, ...body } = pages[token]!
      return { body, headers: { 'X-Fetched-At': at } }
    }
    const client = new QueryClient()
    const data = await client.fetchQuery(oscQueryAll('demo-eu', 'ReadVms', { ResultsPerPage: 2 }))
    expect(data.Vms?.map((vm) => vm.VmId)).toEqual(['i-1', 'i-2', 'i-3', 'i-4'])
    expect(data.NextPageToken).toBeUndefined()
    expect(server.requests.map((r) => r.body)).toEqual([
      { ResultsPerPage: 2 },
      { ResultsPerPage: 2, NextPageToken: 'p2' },
      { ResultsPerPage: 2, NextPageToken: 'p3' },
    ])
    expect(fetchedAtOf(data)).toBe(Date.parse('2026-01-01T00:00:05.000Z'))
  })

  it('shows the first pages of a first load while the next ones are read, but never shrinks a loaded list', async () => {
    let release: () => void = () => {}
    const lastPage = new Promise<void>((resolve) => (release = resolve))
    handler = async (request) => {
      const token = (request.body as { NextPageToken?: string }).NextPageToken
      if (!token) return { body: { Vms: [{ VmId: 'i-1' }], NextPageToken: 'p2' } }
      await lastPage
      return { body: { Vms: [{ VmId: 'i-2' }] } }
    }
    const client = new QueryClient()
    const options = oscQueryAll('demo-eu', 'ReadVms', {})
    const loading = client.fetchQuery(options)
    await vi.waitFor(
      () => expect(client.getQueryData(options.queryKey)?.Vms).toEqual([{ VmId: 'i-1' }]),
      WAIT,
    )
    release()
    expect((await loading).Vms).toEqual([{ VmId: 'i-1' }, { VmId: 'i-2' }])

    // A refresh of the complete list keeps showing the complete list until the new one is complete.
    let releaseAgain: () => void = () => {}
    const lastPageAgain = new Promise<void>((resolve) => (releaseAgain = resolve))
    handler = async (request) => {
      const token = (request.body as { NextPageToken?: string }).NextPageToken
      if (!token) return { body: { Vms: [{ VmId: 'i-1' }], NextPageToken: 'p2' } }
      await lastPageAgain
      return { body: { Vms: [{ VmId: 'i-3' }] } }
    }
    const refreshing = client.refetchQueries({ queryKey: options.queryKey })
    // Its first page is answered and its second is being read (the server has recorded it, held back).
    await vi.waitFor(() => expect(server.requests.length).toBe(4), WAIT)
    expect(client.getQueryData(options.queryKey)?.Vms).toHaveLength(2)
    releaseAgain()
    await refreshing
    expect(client.getQueryData(options.queryKey)?.Vms).toEqual([{ VmId: 'i-1' }, { VmId: 'i-3' }])
  })

  it('stops when the server repeats a token instead of looping forever', async () => {
    handler = () => ({ body: { Vms: [{ VmId: 'i-1' }], NextPageToken: 'same' } })
    const data = await fetchAllPages('demo-eu', 'ReadVms', {})
    expect(server.requests).toHaveLength(2)
    expect(data.Vms).toHaveLength(2)
  })
})

describe('invalidateFamilies', () => {
  it('invalidates the reads of one family on one account only', async () => {
    const client = new QueryClient()
    client.setQueryData(['demo-eu', 'ReadVms', {}], { Vms: [] })
    client.setQueryData(['demo-eu', 'ReadVmsState', {}], { VmStates: [] })
    client.setQueryData(['demo-eu', 'ReadVolumes', {}], { Volumes: [] })
    client.setQueryData(['demo-us', 'ReadVms', {}], { Vms: [] })
    await invalidateFamilies(client, 'demo-eu', ['vms'])
    const stale = (key: unknown[]) => client.getQueryState(key)?.isInvalidated
    expect(stale(['demo-eu', 'ReadVms', {}])).toBe(true)
    expect(stale(['demo-eu', 'ReadVmsState', {}])).toBe(true)
    expect(stale(['demo-eu', 'ReadVolumes', {}])).toBe(false)
    expect(stale(['demo-us', 'ReadVms', {}])).toBe(false)
  })
})
