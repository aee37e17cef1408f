// Finding: BGP keys, pre-shared keys, UserData and passwords went raw into the audit log's parameter digest, the
// BFF's JSON log lines and the stored items of bulk operations. The contract's request-side secret fields are
// redacted everywhere, and bulk item parameters are purged when the operation ends.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDb } from '../../src/storage/index.ts'
import type { Harness } from '../harness.ts'
import { asRole, getAs, json, startPeopleHarness } from './people.ts'

let h: Harness
const admin = asRole('admin')

beforeAll(async () => {
  h = await startPeopleHarness()
})
afterAll(async () => {
  await h?.close()
})

interface AuditPage {
  records: Array<{ action?: string; paramsDigest?: string }>
}

async function digestsOf(action: string): Promise<string[]> {
  const page = await json<AuditPage>(await getAs(h, `/api/audit?action=${action}`, admin))
  return page.records.map((r) => r.paramsDigest ?? '')
}

describe('secret parameters in the records the console keeps', () => {
  it('keeps a Direct Link BGP key out of the audit log and the log lines', async () => {
    const bgpKey = 'bgp-key-7f3e9a1c'
    const response = await h.call(
      'demo-eu',
      'CreateDirectLinkInterface',
      {
        DirectLinkId: 'dxcon-12345678',
        DirectLinkInterface: {
          BgpAsn: 65000,
          BgpKey: bgpKey,
          DirectLinkInterfaceName: 'dx-probe',
          VirtualGatewayId: 'vgw-12345678',
          Vlan: 101,
        },
      },
      admin,
    )
    expect(response.status).toBe(200)
    const digests = await digestsOf('CreateDirectLinkInterface')
    expect(digests).toHaveLength(1)
    expect(digests[0]).toContain('"Vlan":101')
    expect(digests[0]).not.toContain(bgpKey)
    expect(h.logs.join('')).not.toContain(bgpKey)
  })

  it('keeps UserData out of the audit log and the log lines', async () => {
    const userData = Buffer.from('#!/bin/sh\nexport TOKEN=s3cr3t-token').toString('base64')
    const images = await json<{ Images: Array<{ ImageId: string }> }>(
      await h.call('demo-eu', 'ReadImages', {}, admin),
    )
    const response = await h.call(
      'demo-eu',
      'CreateVms',
      { ImageId: images.Images[0]?.ImageId, VmType: 'tinav5.c1r1p2', UserData: userData },
      admin,
    )
    expect(response.status).toBe(200)
    expect((await digestsOf('CreateVms')).join('')).not.toContain(userData)
    expect(h.logs.join('')).not.toContain(userData)
  })

  it("purges a bulk operation's item parameters, pre-shared keys included, once it has ended", async () => {
    const psk = 'psk-bulk-5d41402abc4b2a76'
    const vpn = await json<{ VpnConnection: { VpnConnectionId: string } }>(
      await h.call(
        'demo-eu',
        'CreateVpnConnection',
        { ClientGatewayId: 'cgw-12345678', ConnectionType: 'ipsec.1', VirtualGatewayId: 'vgw-12345678' },
        admin,
      ),
    )
    const id = vpn.VpnConnection.VpnConnectionId
    const started = await h.post(
      '/api/operations',
      {
        account: 'demo-eu',
        action: 'UpdateVpnConnection',
        items: [
          {
            resourceId: id,
            params: { VpnConnectionId: id, VpnOptions: { Phase2Options: { PreSharedKey: psk } } },
          },
        ],
      },
      admin,
    )
    expect(started.status).toBe(202)
    const { id: operationId } = await json<{ id: string }>(started)
    let status = ''
    for (let i = 0; i < 200 && status !== 'done'; i += 1) {
      status = (await json<{ status: string }>(await getAs(h, `/api/operations/${operationId}`, admin)))
        .status
      if (status !== 'done') await new Promise((resolve) => setTimeout(resolve, 20))
    }
    expect(status).toBe('done')

    const db = await openDb({ dataDir: h.dataDir })
    try {
      const items = await db.query<{ params: string }>(
        'SELECT params FROM operation_items WHERE operation_id = $1',
        [operationId],
      )
      expect(items).toEqual([{ params: '{}' }])
    } finally {
      await db.close()
    }
    expect((await digestsOf('UpdateVpnConnection')).join('')).not.toContain(psk)
    expect(h.logs.join('')).not.toContain(psk)
  })
})
