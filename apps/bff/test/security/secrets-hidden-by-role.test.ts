// Finding: secrets in ordinary reads (a VM's UserData, a VPN's pre-shared key, the raw payloads of ReadApiLogs) were
// shown to every viewer. The contract names the secret fields; the BFF hides them from roles that may not read
// secrets.
import { HIDDEN_SECRET } from '@osc-console/osc-api'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Harness } from '../harness.ts'
import { asRole, json, startPeopleHarness } from './people.ts'

let h: Harness
const USER_DATA = Buffer.from('#!/bin/sh\necho db-password=hunter2').toString('base64')
const PSK = 'psk-0123456789abcdef'
let vmId = ''

beforeAll(async () => {
  h = await startPeopleHarness({ proxy: { cacheTtlMs: { default: 60_000 } } })
  const images = await json<{ Images: Array<{ ImageId: string }> }>(
    await h.call('demo-eu', 'ReadImages', {}, asRole('admin')),
  )
  const created = await json<{ Vms: Array<{ VmId: string }> }>(
    await h.call(
      'demo-eu',
      'CreateVms',
      { ImageId: images.Images[0]?.ImageId, VmType: 'tinav5.c1r1p2', UserData: USER_DATA },
      asRole('admin'),
    ),
  )
  vmId = created.Vms[0]!.VmId
  const vpn = await json<{ VpnConnection: { VpnConnectionId: string } }>(
    await h.call(
      'demo-eu',
      'CreateVpnConnection',
      { ClientGatewayId: 'cgw-12345678', ConnectionType: 'ipsec.1', VirtualGatewayId: 'vgw-12345678' },
      asRole('admin'),
    ),
  )
  const updated = await h.call(
    'demo-eu',
    'UpdateVpnConnection',
    {
      VpnConnectionId: vpn.VpnConnection.VpnConnectionId,
      VpnOptions: { Phase2Options: { PreSharedKey: PSK } },
    },
    asRole('admin'),
  )
  expect(updated.status).toBe(200)
})
afterAll(async () => {
  await h?.close()
})

async function userDataSeenBy(role: 'admin' | 'operator' | 'viewer'): Promise<string | undefined> {
  const response = await h.call('demo-eu', 'ReadVms', { Filters: { VmIds: [vmId] } }, asRole(role))
  expect(response.status).toBe(200)
  return (await json<{ Vms: Array<{ UserData?: string }> }>(response)).Vms[0]?.UserData
}

async function pskSeenBy(role: 'admin' | 'operator' | 'viewer'): Promise<{ psk?: string; text: string }> {
  const response = await h.call('demo-eu', 'ReadVpnConnections', {}, asRole(role))
  expect(response.status).toBe(200)
  const text = await response.text()
  const body = JSON.parse(text) as {
    VpnConnections: Array<{ VpnOptions?: { Phase2Options?: { PreSharedKey?: string } } }>
  }
  return { psk: body.VpnConnections[0]?.VpnOptions?.Phase2Options?.PreSharedKey, text }
}

describe('secret fields of ordinary reads', () => {
  it("hides a VM's UserData from a viewer, even when the answer comes from the shared read cache", async () => {
    expect(await userDataSeenBy('admin')).toBe(USER_DATA)
    expect(await userDataSeenBy('viewer')).toBe(HIDDEN_SECRET)
    // Again, now a cache hit of the admin's answer: still hidden.
    expect(await userDataSeenBy('viewer')).toBe(HIDDEN_SECRET)
    expect(await userDataSeenBy('admin')).toBe(USER_DATA)
  })

  it("shows a VM's UserData to an operator, who runs VMs", async () => {
    expect(await userDataSeenBy('operator')).toBe(USER_DATA)
  })

  it("hides a VPN connection's pre-shared key from viewers and operators, and shows it to an admin", async () => {
    expect((await pskSeenBy('admin')).psk).toBe(PSK)
    for (const role of ['viewer', 'operator'] as const) {
      const seen = await pskSeenBy(role)
      expect(seen.psk, role).toBe(HIDDEN_SECRET)
      expect(seen.text, role).not.toContain(PSK)
    }
  })

  it('hides the raw request payloads of ReadApiLogs, which carry what each call sent, from viewers', async () => {
    const logsSeenBy = async (role: 'admin' | 'viewer') => {
      const response = await h.call('demo-eu', 'ReadApiLogs', { ResultsPerPage: 1000 }, asRole(role))
      expect(response.status).toBe(200)
      const text = await response.text()
      const { Logs } = JSON.parse(text) as {
        Logs: Array<{ QueryCallName?: string; QueryPayloadRaw?: string }>
      }
      return {
        text,
        payloads: Logs.filter((l) => l.QueryCallName === 'UpdateVpnConnection').map((l) => l.QueryPayloadRaw),
      }
    }
    expect((await logsSeenBy('admin')).payloads.join('')).toContain(PSK)
    const viewer = await logsSeenBy('viewer')
    expect(viewer.payloads).toEqual([HIDDEN_SECRET])
    expect(viewer.text).not.toContain(PSK)
  })
})
