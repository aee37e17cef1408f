// Finding: operators could share the account's data with other OUTSCALE accounts — image launch permissions and
// snapshot volume-creation permissions for everyone or for foreign accounts, peering a net with another account —
// while only exports were held back. Those parts of the calls are now admin-only; the harmless rest of the same
// calls (a description, removing a permission, peering two nets of the account) stays with operators.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ErrorJson, Harness } from '../harness.ts'
import { asRole, json, startPeopleHarness } from './people.ts'

let h: Harness
const operator = asRole('operator')
const admin = asRole('admin')
const FOREIGN = '987654321098'
let imageId = ''
let snapshotId = ''
const nets: string[] = []

beforeAll(async () => {
  h = await startPeopleHarness()
  // An image is made from a running or stopped VM: one of the demo account's running ones.
  const vms = await json<{ Vms: Array<{ VmId: string }> }>(
    await h.call('demo-eu', 'ReadVms', { Filters: { VmStateNames: ['running'] } }, admin),
  )
  const image = await h.call(
    'demo-eu',
    'CreateImage',
    { VmId: vms.Vms[0]?.VmId, ImageName: 'probe-image' },
    admin,
  )
  imageId = (await json<{ Image: { ImageId: string } }>(image)).Image.ImageId
  const volume = await json<{ Volume: { VolumeId: string } }>(
    await h.call('demo-eu', 'CreateVolume', { SubregionName: 'eu-west-2a', Size: 4 }, admin),
  )
  const snapshot = await h.call('demo-eu', 'CreateSnapshot', { VolumeId: volume.Volume.VolumeId }, admin)
  snapshotId = (await json<{ Snapshot: { SnapshotId: string } }>(snapshot)).Snapshot.SnapshotId
  // A snapshot or an image is shared once completed or available, as OUTSCALE requires.
  h.sim.advance(120_000)
  for (const range of ['10.1.0.0/16', '10.2.0.0/16']) {
    const net = await json<{ Net: { NetId: string } }>(
      await h.call('demo-eu', 'CreateNet', { IpRange: range }, admin),
    )
    nets.push(net.Net.NetId)
  }
})
afterAll(async () => {
  await h?.close()
})

async function expectRefusedToOperator(action: string, body: Record<string, unknown>) {
  const sent = h.sim.stats().byAction[action] ?? 0
  const response = await h.call('demo-eu', action, body, operator)
  expect(response.status, action).toBe(403)
  const { error } = await json<ErrorJson>(response)
  expect(error.kind).toBe('not-allowed')
  expect(error.message).toMatch(/reachable from outside it/)
  expect(h.sim.stats().byAction[action] ?? 0, `${action} must not reach OUTSCALE`).toBe(sent)
}

describe('sharing data out of the account', () => {
  it('refuses an operator who opens an image to every account or to a foreign one', async () => {
    await expectRefusedToOperator('UpdateImage', {
      ImageId: imageId,
      PermissionsToLaunch: { Additions: { GlobalPermission: true } },
    })
    await expectRefusedToOperator('UpdateImage', {
      ImageId: imageId,
      PermissionsToLaunch: { Additions: { AccountIds: [FOREIGN] } },
    })
  })

  it('lets an operator change what shares nothing: an image description, removing a permission', async () => {
    expect(
      (await h.call('demo-eu', 'UpdateImage', { ImageId: imageId, Description: 'nightly' }, operator)).status,
    ).toBe(200)
    const removal = await h.call(
      'demo-eu',
      'UpdateImage',
      { ImageId: imageId, PermissionsToLaunch: { Removals: { AccountIds: [FOREIGN] } } },
      operator,
    )
    expect(removal.status).toBe(200)
  })

  it('refuses an operator who lets other accounts create volumes from a snapshot, and lets an admin', async () => {
    const share = {
      SnapshotId: snapshotId,
      PermissionsToCreateVolume: { Additions: { AccountIds: [FOREIGN] } },
    }
    await expectRefusedToOperator('UpdateSnapshot', share)
    await expectRefusedToOperator('UpdateSnapshot', {
      SnapshotId: snapshotId,
      PermissionsToCreateVolume: { Additions: { GlobalPermission: true } },
    })
    expect((await h.call('demo-eu', 'UpdateSnapshot', share, admin)).status).toBe(200)
  })

  it('refuses an operator who peers a net with a net of another account, not two nets of the account', async () => {
    await expectRefusedToOperator('CreateNetPeering', {
      SourceNetId: nets[0],
      AccepterNetId: nets[1],
      AccepterOwnerId: FOREIGN,
    })
    const own = await h.call(
      'demo-eu',
      'CreateNetPeering',
      { SourceNetId: nets[0], AccepterNetId: nets[1] },
      operator,
    )
    expect(own.status).toBe(200)
  })

  it('refuses a whole bulk operation when one item shares data out of the account', async () => {
    const response = await h.post(
      '/api/operations',
      {
        account: 'demo-eu',
        action: 'UpdateSnapshot',
        items: [
          { resourceId: snapshotId, params: { SnapshotId: snapshotId } },
          {
            resourceId: snapshotId,
            params: {
              SnapshotId: snapshotId,
              PermissionsToCreateVolume: { Additions: { GlobalPermission: true } },
            },
          },
        ],
      },
      operator,
    )
    expect(response.status).toBe(403)
    expect((await json<ErrorJson>(response)).error.message).toMatch(/reachable from outside it/)
  })
})
