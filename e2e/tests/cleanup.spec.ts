import type { APIRequestContext, Page } from '@playwright/test'
import { test, expect } from '../support/fixtures.ts'
import { ACCOUNT, vmTable } from '../support/console.ts'
import { expectRowVisible, findRows } from '../support/table.ts'
import { expectNoSeriousA11yViolations, screenshotBothThemes } from '../support/pages.ts'
import { anotherPerson, callOsc } from '../support/team.ts'

async function openCleanup(page: Page) {
  await page
    .getByRole('navigation', { name: 'Resources' })
    .getByRole('link', { name: 'Clean up', exact: true })
    .click()
  await page.getByRole('heading', { name: 'Clean up', level: 1 }).waitFor()
}

/** The simulator's own time: its clock moves only when a story moves it, apart from the console's. */
async function simNow(simUrl: string): Promise<number> {
  const response = await fetch(`${simUrl}/_sim/clock`)
  return Date.parse(((await response.json()) as { now: string }).now)
}

/** A `datetime-local` value to the second, in this machine's time zone (the browser's). */
function localInput(at: number): string {
  const d = new Date(at)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`
}

interface Created {
  vm: string
  volume: string
  publicIp: string
  /** The address, which the public IPs list shows. */
  address: string
  net: string
  subnet: string
}

/**
 * Each family's table holds exactly the one resource expected of it (none of the demo seed's older resources);
 * the tables, in the order given.
 */
async function expectExactlyFound(page: Page, expected: Array<[family: string, id: string]>) {
  const tables = []
  for (const [family, id] of expected) {
    const table = page.getByRole('table', { name: family, exact: true })
    await expectRowVisible(table, { ID: id })
    expect(await findRows(table, { ID: /./ })).toHaveLength(1)
    tables.push(table)
  }
  return tables
}

async function createSome(request: APIRequestContext, baseURL: string): Promise<Created> {
  const { Images = [] } = await callOsc<{ Images?: Array<{ ImageId: string }> }>(
    request,
    baseURL,
    'ReadImages',
    {
      Filters: { States: ['available'] },
    },
  )
  const { Vms } = await callOsc<{ Vms: Array<{ VmId: string }> }>(request, baseURL, 'CreateVms', {
    ImageId: Images[0]!.ImageId,
    VmType: 'tinav5.c1r1p2',
  })
  const { Volume } = await callOsc<{ Volume: { VolumeId: string } }>(request, baseURL, 'CreateVolume', {
    SubregionName: 'eu-west-2a',
    Size: 1,
  })
  const { PublicIp } = await callOsc<{ PublicIp: { PublicIpId: string; PublicIp: string } }>(
    request,
    baseURL,
    'CreatePublicIp',
    {},
  )
  const { Net } = await callOsc<{ Net: { NetId: string } }>(request, baseURL, 'CreateNet', {
    IpRange: '10.42.0.0/16',
  })
  const { Subnet } = await callOsc<{ Subnet: { SubnetId: string } }>(request, baseURL, 'CreateSubnet', {
    NetId: Net.NetId,
    IpRange: '10.42.1.0/24',
  })
  return {
    vm: Vms[0]!.VmId,
    volume: Volume.VolumeId,
    publicIp: PublicIp.PublicIpId,
    address: PublicIp.PublicIp,
    net: Net.NetId,
    subnet: Subnet.SubnetId,
  }
}

test('alice sees exactly what she created since a moment, in the order it must go, and deletes it all after typing the confirmation', async ({
  page,
  signIn,
  sim,
  baseURL,
}) => {
  await signIn('alice')
  const request = page.request
  // The demo account holds its five public IPs: one idle address is released to make room for hers.
  const { PublicIps = [] } = await callOsc<{ PublicIps?: Array<{ PublicIpId: string; VmId?: string }> }>(
    request,
    baseURL!,
    'ReadPublicIps',
    {},
  )
  await callOsc(request, baseURL!, 'DeletePublicIp', {
    PublicIpId: PublicIps.find((ip) => !ip.VmId)!.PublicIpId,
  })
  // The seed starts one VM at the simulator's "now", which in a story need not follow the console's clock: a
  // teammate's VM, terminated here so that only what alice creates is new on either clock.
  const { Vms: starting = [] } = await callOsc<{ Vms?: Array<{ VmId: string }> }>(
    request,
    baseURL!,
    'ReadVms',
    {
      Filters: { VmStateNames: ['pending'] },
    },
  )
  if (starting.length) await callOsc(request, baseURL!, 'DeleteVms', { VmIds: starting.map((vm) => vm.VmId) })

  // The moment before: no later than now on the console's clock (the audit log) nor on the simulator's (creation dates).
  const before = Math.floor(Math.min(Date.now(), await simNow(sim.url)) / 1000) * 1000 - 1000
  const created = await createSome(request, baseURL!)
  await sim.advance(11) // the VM is running

  await openCleanup(page)
  await page.getByLabel('Created at or after').fill(localInput(before))
  await page.getByRole('button', { name: 'Find', exact: true }).click()

  const steps = page.getByRole('heading', { level: 2, name: /^Step \d/ })
  await expect(steps).toHaveText([
    'Step 1: VMs',
    'Step 2: Volumes',
    'Step 3: Public IPs',
    'Step 4: Subnets',
    'Step 5: Nets',
  ])
  const expected: Array<[string, string]> = [
    ['VMs', created.vm],
    ['Volumes', created.volume],
    ['Public IPs', created.publicIp],
    ['Subnets', created.subnet],
    ['Nets', created.net],
  ]
  for (const table of await expectExactlyFound(page, expected)) {
    await expect(table.getByRole('checkbox')).toBeChecked()
  }
  await expectNoSeriousA11yViolations(page)
  await page.emulateMedia({ colorScheme: 'dark' })
  await expectNoSeriousA11yViolations(page)
  await page.emulateMedia({ colorScheme: 'light' })
  await screenshotBothThemes(page, 'cleanup-found')

  await page.getByRole('button', { name: 'Delete 5 resources' }).click()
  const dialog = page.getByRole('dialog', { name: 'Delete 5 resources' })
  await expect(dialog.getByRole('list', { name: 'Deletion order' }).getByRole('listitem')).toHaveText([
    'VMs: 1',
    'Volumes: 1',
    'Public IPs: 1',
    'Subnets: 1',
    'Nets: 1',
  ])
  const confirm = dialog.getByRole('button', { name: 'Delete 5 resources' })
  await expect(confirm).toHaveAttribute('aria-disabled', 'true')
  await dialog.getByRole('textbox').fill('delete 5 resources')
  await confirm.click()

  const results = page.getByRole('region', { name: 'Operation results' })
  const perItem = results.getByRole('table', { name: 'Results per item' })
  await expectRowVisible(perItem, { Resource: new RegExp(created.vm), Result: 'Succeeded' })
  // The net waits for the VM to be gone (terminated) before anything after it is sent.
  await expectRowVisible(perItem, { Resource: new RegExp(created.net), Result: 'In progress' })
  await sim.advance(10)
  await expect(results.getByRole('heading', { name: 'Clean-up finished' })).toBeVisible()
  for (const [, id] of expected)
    await expectRowVisible(perItem, { Resource: new RegExp(id), Result: 'Succeeded' })
  await expect(page.getByText('Nothing to clean up')).toBeVisible()

  // The lists no longer show them (a terminated VM stays listed as such for an hour, as on OUTSCALE).
  await page.goto(`/${ACCOUNT}/vms?q=${created.vm}`)
  await expectRowVisible(vmTable(page), { State: 'terminated' })
  for (const [section, table, id] of [
    ['volumes', 'Volumes', created.volume],
    ['public-ips', 'Public IPs', created.address],
    ['subnets', 'Subnets', created.subnet],
    ['nets', 'Nets', created.net],
  ] as const) {
    await page.goto(`/${ACCOUNT}/${section}`)
    const list = page.getByRole('table', { name: table })
    await expect(list.getByRole('row').nth(1)).toBeVisible()
    await expect(list.getByText(id)).toHaveCount(0)
  }
})

test('alice cleans up a NAT service and a Net peering: they go first, the NAT service before its public IP and Subnet', async ({
  page,
  signIn,
  sim,
  baseURL,
}) => {
  await signIn('alice')
  const request = page.request
  const call = <T>(action: string, body: object) => callOsc<T>(request, baseURL!, action, body)
  // The demo account holds its five public IPs: one idle address is released to make room for the NAT service's.
  const { PublicIps = [] } = await call<{
    PublicIps?: Array<{ PublicIpId: string; LinkPublicIpId?: string }>
  }>('ReadPublicIps', {})
  await call('DeletePublicIp', { PublicIpId: PublicIps.find((ip) => !ip.LinkPublicIpId)!.PublicIpId })
  const { Nets = [] } = await call<{ Nets?: Array<{ NetId: string; IpRange: string }> }>('ReadNets', {})
  const prod = Nets.find((n) => n.IpRange === '10.0.0.0/16')!
  // The seed starts a teammate's VM at the simulator's "now": terminated, so that only what alice creates is new.
  const { Vms: starting = [] } = await call<{ Vms?: Array<{ VmId: string }> }>('ReadVms', {
    Filters: { VmStateNames: ['pending'] },
  })
  if (starting.length) await call('DeleteVms', { VmIds: starting.map((vm) => vm.VmId) })

  const before = Math.floor(Math.min(Date.now(), await simNow(sim.url)) / 1000) * 1000 - 1000
  const { Net } = await call<{ Net: { NetId: string } }>('CreateNet', { IpRange: '10.43.0.0/16' })
  const { Subnet } = await call<{ Subnet: { SubnetId: string } }>('CreateSubnet', {
    NetId: Net.NetId,
    IpRange: '10.43.1.0/24',
  })
  const { PublicIp } = await call<{ PublicIp: { PublicIpId: string } }>('CreatePublicIp', {})
  const { NatService } = await call<{ NatService: { NatServiceId: string } }>('CreateNatService', {
    SubnetId: Subnet.SubnetId,
    PublicIpId: PublicIp.PublicIpId,
  })
  const { NetPeering } = await call<{ NetPeering: { NetPeeringId: string } }>('CreateNetPeering', {
    SourceNetId: Net.NetId,
    AccepterNetId: prod.NetId,
  })
  await call('AcceptNetPeering', { NetPeeringId: NetPeering.NetPeeringId })
  await sim.advance(31) // the NAT service is available

  await openCleanup(page)
  await page.getByLabel('Created at or after').fill(localInput(before))
  await page.getByRole('button', { name: 'Find', exact: true }).click()
  await expect(page.getByRole('heading', { level: 2, name: /^Step \d/ })).toHaveText([
    // Both go in the first step: neither waits for the other.
    'Step 1: NAT services',
    'Step 1: Net peerings',
    'Step 2: Public IPs',
    'Step 3: Subnets',
    'Step 4: Nets',
  ])
  const expected: Array<[string, string]> = [
    ['NAT services', NatService.NatServiceId],
    ['Net peerings', NetPeering.NetPeeringId],
    ['Public IPs', PublicIp.PublicIpId],
    ['Subnets', Subnet.SubnetId],
    ['Nets', Net.NetId],
  ]
  await expectExactlyFound(page, expected)

  await page.getByRole('button', { name: 'Delete 5 resources' }).click()
  const dialog = page.getByRole('dialog', { name: 'Delete 5 resources' })
  await dialog.getByRole('textbox').fill('delete 5 resources')
  await dialog.getByRole('button', { name: 'Delete 5 resources' }).click()

  const results = page.getByRole('region', { name: 'Operation results' })
  const perItem = results.getByRole('table', { name: 'Results per item' })
  await expectRowVisible(perItem, { Resource: new RegExp(NatService.NatServiceId), Result: 'Succeeded' })
  await expectRowVisible(perItem, { Resource: new RegExp(NetPeering.NetPeeringId), Result: 'Succeeded' })
  // The public IP waits for the NAT service to be deleted, which gives the address back.
  await expectRowVisible(perItem, { Resource: new RegExp(PublicIp.PublicIpId), Result: 'In progress' })
  await sim.advance(31)
  await expect(results.getByRole('heading', { name: 'Clean-up finished' })).toBeVisible()
  for (const [, id] of expected)
    await expectRowVisible(perItem, { Resource: new RegExp(id), Result: 'Succeeded' })
  await expect(page.getByText('Nothing to clean up')).toBeVisible()
})

test('vera, a viewer, sees what carries a tag but the page refuses deleting it, saying why, and sends nothing', async ({
  page,
  signIn,
  browser,
  baseURL,
}) => {
  const alice = await anotherPerson(browser, baseURL!, 'alice')
  const { Volume } = await callOsc<{ Volume: { VolumeId: string } }>(
    alice.page.request,
    baseURL!,
    'CreateVolume',
    {
      SubregionName: 'eu-west-2a',
      Size: 1,
    },
  )
  await callOsc(alice.page.request, baseURL!, 'CreateTags', {
    ResourceIds: [Volume.VolumeId],
    Tags: [{ Key: 'purpose', Value: 'cleanup-story' }],
  })
  await alice.close()

  await signIn('vera')
  const posts: string[] = []
  page.on('request', (r) => {
    if (r.method() === 'POST' && new URL(r.url()).pathname.startsWith('/api/')) posts.push(r.url())
  })
  await openCleanup(page)
  await page.getByLabel('Carrying a tag').check()
  await page.getByLabel('Tag key').fill('purpose')
  await page.getByLabel('Tag value (any value when empty)').fill('cleanup-story')
  await page.getByRole('button', { name: 'Find', exact: true }).click()

  const volumes = page.getByRole('table', { name: 'Volumes', exact: true })
  await expectRowVisible(volumes, { ID: Volume.VolumeId })
  await expect(page.getByRole('checkbox', { name: /^Delete/ })).toBeDisabled()
  await expect(
    page.getByText(/These are not deleted: Your role \(viewer\) .* does not allow DeleteVolume/),
  ).toBeVisible()
  const remove = page.getByRole('button', { name: /^Delete \d+ resources?$/ })
  await expect(remove).toHaveAttribute('aria-disabled', 'true')
  await expect(remove).toHaveAccessibleDescription(/does not allow DeleteVolume/)
  // Reads only: no bulk operation, no change.
  expect(
    posts.filter((url) => url.includes('/api/operations') || /\/api\/osc\/[^/]+\/(?!Read)/.test(url)),
  ).toEqual([])
  await expectNoSeriousA11yViolations(page)
})
