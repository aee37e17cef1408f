import type { Page } from '@playwright/test'
import { test, expect } from '../support/fixtures.ts'
import { expectNoRow, expectRowVisible, rowOf } from '../support/table.ts'
import { expectNoSeriousA11yViolations, screenshotBothThemes } from '../support/pages.ts'
import { callOsc } from '../support/team.ts'

const groupTable = (page: Page) => page.getByRole('table', { name: 'Security groups' })
const sections = (page: Page) => page.getByRole('navigation', { name: 'security group sections' })
const actions = (page: Page) => page.getByRole('group', { name: 'security group actions' })

async function openGroups(page: Page) {
  await page
    .getByRole('navigation', { name: 'Resources' })
    .getByRole('link', { name: 'Security groups', exact: true })
    .click()
  await page.getByRole('heading', { name: 'Security groups', level: 1 }).waitFor()
}

async function openGroup(page: Page, name: string) {
  await groupTable(page).getByRole('link', { name, exact: true }).click()
  await page.getByRole('heading', { name, level: 1 }).waitFor()
}

/** Creates a group in the prod Net from the list, and lands on its page. */
async function createGroup(page: Page, name: string) {
  await page.getByRole('button', { name: 'Create security group', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Create security group' })
  await expect(dialog.getByRole('list', { name: 'Quotas left' })).toContainText('Security groups:')
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill(name)
  await dialog.getByRole('textbox', { name: 'Description' }).fill('Application servers')
  const net = dialog.getByRole('combobox', { name: 'Net' })
  const prod = await net.getByRole('option', { name: /^prod-net / }).getAttribute('value')
  await net.selectOption(prod ?? '')
  await dialog.getByText('Show as command').click()
  await expect(dialog.getByText(/osc-cli api CreateSecurityGroup/)).toBeVisible()
  await dialog.getByRole('button', { name: 'Check' }).click()
  await expect(dialog.getByRole('status')).toBeVisible()
  await dialog.getByRole('button', { name: 'Create security group' }).click()
  await page.getByRole('heading', { name, level: 1 }).waitFor()
}

async function addInbound(page: Page, fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void>) {
  await page.getByRole('button', { name: 'Add inbound rules' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add inbound rules' })
  await fill(dialog)
  await dialog.getByRole('button', { name: /^Add (rule|\d+ rules)$/ }).click()
  await expect(dialog).toHaveCount(0)
}

test('alice creates a group, opens SSH to her office, sees the open-to-the-internet flag come and go', async ({
  page,
  signIn,
}) => {
  await signIn('alice')
  await openGroups(page)
  await createGroup(page, 'app-servers')
  const inbound = page.getByRole('table', { name: 'Inbound rules' })
  await expect(page.getByText('No rule in this direction: nothing is allowed through.')).toBeVisible()

  await addInbound(page, async (dialog) => {
    await dialog.getByRole('group', { name: 'Presets' }).getByRole('button', { name: 'SSH (22)' }).click()
    await expect(dialog.getByRole('spinbutton', { name: 'First port' })).toHaveValue('22')
    // A mistyped range is refused beside its field, and nothing is sent.
    await dialog.getByRole('textbox', { name: 'IP ranges' }).fill('203.0.113.0')
    await dialog.getByRole('button', { name: 'Add rule' }).click()
    await expect(
      dialog.getByText('“203.0.113.0” is not an IP range.', { exact: false }).first(),
    ).toBeVisible()
    await dialog.getByRole('textbox', { name: 'IP ranges' }).fill('203.0.113.0/24')
  })
  await expectRowVisible(inbound, { Protocol: 'TCP', Ports: '22', Source: '203.0.113.0/24', Warning: '' })

  await addInbound(page, async (dialog) => {
    await dialog.getByRole('group', { name: 'Presets' }).getByRole('button', { name: 'SSH (22)' }).click()
    await dialog.getByRole('textbox', { name: 'IP ranges' }).fill('0.0.0.0/0')
  })
  await expectRowVisible(inbound, {
    Source: '0.0.0.0/0',
    Warning: 'SSH (22) is open to the whole internet.',
  })
  await expect(page.getByRole('note')).toContainText(
    'This group opens sensitive services to the whole internet',
  )

  await openGroups(page)
  await page.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'Open to the internet' })
  await expect(page).toHaveURL(/flag=open-to-world/)
  await expectRowVisible(groupTable(page), {
    Name: 'app-servers',
    'Open to the internet': 'SSH (22) open to all',
  })
  await expectRowVisible(groupTable(page), { Name: 'legacy-public' })
  await expectNoRow(groupTable(page), { Name: 'bastion' })
  await openGroup(page, 'app-servers')

  await page.getByRole('button', { name: 'Remove TCP 22 from 0.0.0.0/0' }).click()
  const confirm = page.getByRole('dialog', { name: 'Remove this rule' })
  await confirm.getByText('Show as command').click()
  await expect(confirm).toContainText('osc-cli api DeleteSecurityGroupRule')
  await confirm.getByRole('button', { name: 'Remove rule' }).click()
  await expectNoRow(inbound, { Source: '0.0.0.0/0' })
  await expect(page.getByRole('note')).toHaveCount(0)
  await openGroups(page)
  await page.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'Open to the internet' })
  await expectRowVisible(groupTable(page), { Name: 'legacy-public' })
  await expectNoRow(groupTable(page), { Name: 'app-servers' })
})

test('alice lets the bastion group reach her group, then deletes the group she no longer needs', async ({
  page,
  signIn,
}) => {
  await signIn('alice')
  await openGroups(page)
  await createGroup(page, 'app-internal')
  await addInbound(page, async (dialog) => {
    await dialog
      .getByRole('group', { name: 'Presets' })
      .getByRole('button', { name: 'PostgreSQL (5432)' })
      .click()
    await dialog.getByRole('radio', { name: 'A group of this account' }).check()
    const select = dialog.getByRole('combobox', { name: 'Security group' })
    const bastion = await select.getByRole('option', { name: /^bastion / }).getAttribute('value')
    await select.selectOption(bastion ?? '')
    // A second rule in the same call: ping from the office.
    await dialog.getByRole('group', { name: 'Presets' }).getByRole('button', { name: 'ICMP ping' }).click()
    await dialog
      .getByRole('group', { name: 'Rule 2' })
      .getByRole('textbox', { name: 'IP ranges' })
      .fill('203.0.113.0/24')
    await expect(dialog.getByRole('button', { name: 'Add 2 rules' })).toBeVisible()
  })
  const inbound = page.getByRole('table', { name: 'Inbound rules' })
  await expectRowVisible(inbound, { Protocol: 'TCP', Ports: '5432', Source: /^bastion \(sg-/ })
  await expectRowVisible(inbound, { Protocol: 'ICMP', Ports: 'type 8, any code', Source: '203.0.113.0/24' })
  await inbound.getByRole('link', { name: /^bastion/ }).click()
  await page.getByRole('heading', { name: 'bastion', level: 1 }).waitFor()
  await page.goBack()
  await page.getByRole('heading', { name: 'app-internal', level: 1 }).waitFor()

  await actions(page).getByRole('button', { name: 'Delete' }).click()
  const dialog = page.getByRole('dialog', { name: 'Delete app-internal' })
  await dialog.getByLabel(/Type the group’s name/).fill('app-internal')
  await dialog.getByRole('button', { name: 'Delete security group' }).click()
  await page.getByRole('heading', { name: 'Security groups', level: 1 }).waitFor()
  await expectRowVisible(groupTable(page), { Name: 'bastion' })
  await expectNoRow(groupTable(page), { Name: 'app-internal' })
})

test('a group still used by VMs cannot be deleted, and its page says what uses it', async ({
  page,
  signIn,
}) => {
  await signIn('alice')
  await openGroups(page)
  await expectRowVisible(groupTable(page), { Name: 'legacy-public', 'Used by': '6 VMs' })
  await openGroup(page, 'legacy-public')
  const remove = actions(page).getByRole('button', { name: 'Delete' })
  await expect(remove).toBeDisabled()
  await expect(remove).toHaveAccessibleDescription(
    /still used by 6 VMs, no load balancer and no network interface/,
  )
  await sections(page).getByRole('link', { name: 'Used by' }).click()
  const vms = page.getByRole('region', { name: 'VMs' })
  await expect(vms.getByRole('link', { name: 'legacy-app-1' })).toBeVisible()
  await vms.getByRole('link', { name: 'legacy-app-1' }).click()
  await page.getByRole('heading', { name: 'legacy-app-1', level: 1 }).waitFor()
})

test('deleting several groups at once shows a result for each, and skips the default group', async ({
  page,
  signIn,
  baseURL,
}) => {
  await signIn('alice')
  for (const name of ['old-1', 'old-2'])
    await callOsc(page.request, baseURL ?? '', 'CreateSecurityGroup', {
      SecurityGroupName: name,
      Description: 'Old',
    })
  await openGroups(page)
  for (const name of ['old-1', 'old-2', 'default'])
    await (await rowOf(groupTable(page), { Name: name })).getByRole('checkbox').check()
  await page
    .getByRole('group', { name: 'Actions on selected security groups' })
    .getByRole('button', { name: 'Delete', exact: true })
    .click()
  const dialog = page.getByRole('dialog', { name: /^Delete 2 security groups/ })
  await expect(dialog).toContainText('The default security group cannot be deleted.')
  await dialog.getByRole('textbox').fill('delete')
  await dialog.getByRole('button', { name: 'Delete 2 security groups' }).click()
  const perItem = page
    .getByRole('region', { name: 'Operation results' })
    .getByRole('table', { name: 'Results per item' })
  await expectRowVisible(perItem, { Resource: /^sg-/, Result: 'Succeeded' })
  await expect(page.getByRole('region', { name: 'Operation results' })).toContainText('2 succeeded, 0 failed')
  await expectNoRow(groupTable(page), { Name: 'old-1' })
  await expectRowVisible(groupTable(page), { Name: 'default' })
})

test('a rule OUTSCALE already has is refused in the form, with its words and RequestId, and nothing typed is lost', async ({
  page,
  signIn,
}) => {
  await signIn('alice')
  await openGroups(page)
  await openGroup(page, 'legacy-public')
  await page.getByRole('button', { name: 'Add inbound rules' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add inbound rules' })
  await dialog.getByRole('group', { name: 'Presets' }).getByRole('button', { name: 'SSH (22)' }).click()
  await dialog.getByRole('textbox', { name: 'IP ranges' }).fill('0.0.0.0/0')
  await dialog.getByRole('button', { name: 'Add rule' }).click()
  const refusal = dialog.getByRole('alert')
  await expect(refusal).toContainText('already exists')
  await expect(refusal).toContainText(/RequestId/)
  await expect(dialog.getByRole('textbox', { name: 'IP ranges' })).toHaveValue('0.0.0.0/0')
  await dialog.getByRole('button', { name: 'Cancel' }).click()

  // A group outside any Net lets everything out: there is nothing to add there.
  await sections(page).getByRole('link', { name: 'Outbound rules' }).click()
  await expect(page.getByRole('button', { name: 'Add outbound rules' })).toHaveAccessibleDescription(
    /Outbound rules exist only for security groups in a Net/,
  )
})

test('while creating a VM, alice creates a group with SSH from her office in place, and the form chooses it', async ({
  page,
  signIn,
}) => {
  await signIn('alice', '/demo-eu/vms/new')
  const form = page.getByRole('form', { name: 'Create VM' })
  await form.getByRole('radio', { name: 'In a Net' }).check()
  const createGroup = form.getByRole('button', { name: 'Create security group' })
  await expect(createGroup).toHaveAccessibleDescription(/Choose the Net first/)
  const net = form.getByRole('combobox', { name: 'Net', exact: true })
  const prod = await net.getByRole('option', { name: /^prod-net/ }).getAttribute('value')
  await net.selectOption(prod ?? '')
  await createGroup.click()

  const dialog = page.getByRole('dialog', { name: 'Create security group' })
  await expect(dialog).toContainText(`The group is created in the VM’s Net, ${prod ?? ''}.`)
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('vm-access')
  await dialog.getByRole('textbox', { name: 'Description' }).fill('SSH from the office')
  await dialog.getByRole('checkbox', { name: 'SSH (22)' }).check()
  await dialog.getByRole('button', { name: 'Create security group' }).click()
  // A preset with nowhere to let traffic in from is refused before anything is created.
  await expect(dialog.getByRole('textbox', { name: 'From these IP ranges' })).toHaveAccessibleDescription(
    /Add at least one IP range/,
  )
  await dialog.getByRole('textbox', { name: 'From these IP ranges' }).fill('203.0.113.0/24')
  // Her own address goes in with one click, beside the ranges already there.
  await dialog.getByRole('button', { name: /^Add my IP \(/ }).click()
  await expect(dialog.getByRole('textbox', { name: 'From these IP ranges' })).toHaveValue(
    /^203\.0\.113\.0\/24, [\d.]+\/32$/,
  )
  await dialog.getByRole('button', { name: 'Create security group' }).click()
  await expect(dialog).toHaveCount(0)
  await expect(form.getByRole('checkbox', { name: /^vm-access/ })).toBeChecked()

  await openGroups(page)
  await openGroup(page, 'vm-access')
  await expectRowVisible(page.getByRole('table', { name: 'Inbound rules' }), {
    Protocol: 'TCP',
    Ports: '22',
    Source: '203.0.113.0/24',
  })
})

test('vera, a viewer, reads the groups and sees every change disabled with its reason', async ({
  page,
  signIn,
}) => {
  await signIn('vera')
  await openGroups(page)
  const create = page.getByRole('button', { name: 'Create security group', exact: true })
  await expect(create).toBeDisabled()
  await expect(create).toHaveAccessibleDescription(
    'Your role (viewer) on Demo (Europe) does not allow CreateSecurityGroup.',
  )
  await openGroup(page, 'bastion')
  await expect(actions(page).getByRole('button', { name: 'Delete' })).toHaveAccessibleDescription(
    'Your role (viewer) on Demo (Europe) does not allow DeleteSecurityGroup.',
  )
  const add = page.getByRole('button', { name: 'Add inbound rules' })
  await expect(add).toBeDisabled()
  await expect(add).toHaveAccessibleDescription(
    'Your role (viewer) on Demo (Europe) does not allow CreateSecurityGroupRule.',
  )
  const remove = page.getByRole('button', { name: 'Remove TCP 22 from 203.0.113.0/24' })
  await expect(remove).toBeDisabled()
  await expect(remove).toHaveAccessibleDescription(
    'Your role (viewer) on Demo (Europe) does not allow DeleteSecurityGroupRule.',
  )
})

test('the security-group pages pass axe in the light and the dark theme', async ({ page, signIn }) => {
  await signIn('alice')
  await openGroups(page)
  await groupTable(page).getByRole('link', { name: 'legacy-public', exact: true }).waitFor()
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await expectNoSeriousA11yViolations(page)
  }
  await screenshotBothThemes(page, 'security-group-list')
  await openGroup(page, 'legacy-public')
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await expectNoSeriousA11yViolations(page)
  }
  await screenshotBothThemes(page, 'security-group-detail')
  await page.getByRole('button', { name: 'Add inbound rules' }).click()
  await page.getByRole('dialog', { name: 'Add inbound rules' }).waitFor()
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await expectNoSeriousA11yViolations(page)
  }
  await screenshotBothThemes(page, 'security-group-add-rules')
})

test.describe('in a 400 px window', () => {
  test.use({ viewport: { width: 400, height: 800 } })

  test('a group’s rules and the add-rules form fit the width', async ({ page, signIn }) => {
    await signIn('alice', '/demo-eu/security-groups')
    await expectRowVisible(groupTable(page), { Name: 'legacy-public' })
    await groupTable(page).getByRole('link', { name: 'legacy-public', exact: true }).click()
    await page.getByRole('heading', { name: 'legacy-public', level: 1 }).waitFor()
    // The rules table scrolls in its own box; the page's content does not stick out sideways. (At 400 px the
    // shell's top bar is wider than the window on every page; that is the shell's, not this page's.)
    const main = page.getByRole('main')
    const overflow = () => main.evaluate((el) => el.scrollWidth - el.clientWidth)
    expect(await overflow()).toBeLessThanOrEqual(0)
    await screenshotBothThemes(page, 'security-group-detail-narrow')
    await page.getByRole('button', { name: 'Add inbound rules' }).click()
    const dialog = page.getByRole('dialog', { name: 'Add inbound rules' })
    await expect(dialog.getByRole('textbox', { name: 'IP ranges' })).toBeVisible()
    expect(await dialog.evaluate((el) => el.getBoundingClientRect().width)).toBeLessThanOrEqual(400)
    expect(await dialog.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0)
    await screenshotBothThemes(page, 'security-group-add-rules-narrow')
  })
})
