import type { Page } from '@playwright/test'
import { test, expect } from '../support/fixtures.ts'
import { watchOscCalls } from '../support/console.ts'
import { expectRowVisible } from '../support/table.ts'
import { expectNoSeriousA11yViolations, screenshotBothThemes } from '../support/pages.ts'

// The explorer reaches every OUTSCALE call the pages do not: its index says what the role allows, each call is a form
// generated from the spec, and what it sends goes through the console like any page's call.

async function openExplorer(page: Page) {
  await page
    .getByRole('navigation', { name: 'Resources' })
    .getByRole('link', { name: 'API explorer', exact: true })
    .click()
  await page.getByRole('heading', { name: 'API explorer', level: 1 }).waitFor()
}

async function expectAccessibleInBothThemes(page: Page) {
  // As a person reading the answer: the pointer is no longer over the button it clicked (a hovered primary button
  // is lighter, in dark mode below the contrast axe asks for; see styles.css).
  await page.mouse.move(0, 0)
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await expectNoSeriousA11yViolations(page)
  }
  await page.emulateMedia({ colorScheme: 'light' })
}

const callForm = (page: Page, action: string) => page.getByRole('form', { name: `Parameters of ${action}` })

test('alice reads the virtual gateways and creates a client gateway from the explorer, and the change is audited', async ({
  page,
  signIn,
}) => {
  await signIn('alice')
  await openExplorer(page)
  await page.getByLabel('Search calls').fill('virtual gateway')
  await expect(page.getByText('6 calls of 235 in 1 family')).toBeVisible()
  const family = page.getByRole('list', { name: 'Calls of virtual-gateways' })
  await expect(family.getByRole('listitem').filter({ hasText: 'ReadVirtualGateways' })).toContainText(
    'Allowed',
  )
  await expect(page).toHaveURL(/q=virtual/)
  await expectAccessibleInBothThemes(page)
  await screenshotBothThemes(page, 'explorer-index')

  await family.getByRole('link', { name: 'ReadVirtualGateways' }).click()
  await page.getByRole('heading', { name: 'ReadVirtualGateways', level: 1 }).waitFor()
  const read = callForm(page, 'ReadVirtualGateways')
  await expect(read.getByRole('group', { name: 'Optional parameters' })).toBeVisible()
  await read.getByLabel('ResultsPerPage').fill('5000')
  await read.getByRole('button', { name: 'Send ReadVirtualGateways' }).click()
  // Checked against the spec's bounds before anything is sent.
  await expect(read.getByLabel('ResultsPerPage')).toHaveAccessibleDescription(
    /ResultsPerPage: between 1 and 1000\./,
  )
  await read.getByLabel('ResultsPerPage').fill('50')
  await read.getByRole('button', { name: 'Send ReadVirtualGateways' }).click()
  const answer = page.getByRole('region', { name: 'Answer' })
  await expect(answer).toContainText('No item in VirtualGateways.')
  await expect(answer).toContainText(/RequestId [0-9a-f-]{36}/)

  // Any call, from the command palette.
  await page.keyboard.press('Control+K')
  await page.getByRole('combobox', { name: 'Command' }).fill('CreateClientGateway')
  await page.getByRole('combobox', { name: 'Command' }).press('Enter')
  await page.getByRole('heading', { name: 'CreateClientGateway', level: 1 }).waitFor()
  const create = callForm(page, 'CreateClientGateway')
  const required = create.getByRole('group', { name: 'Required parameters' })
  await expect(required.getByRole('textbox')).toHaveCount(2)
  await expect(required.getByLabel('BgpAsn')).toHaveAccessibleDescription(/Autonomous System Number/)
  await required.getByLabel('BgpAsn').fill('65000')
  await required.getByLabel('ConnectionType').fill('ipsec.1')
  await required.getByLabel('PublicIp').fill('198.51.100.7')
  await create.getByText('Show as command').click()
  await expect(create).toContainText(`"PublicIp":"198.51.100.7"`)
  await expect(create).toContainText('osc-cli api CreateClientGateway')
  await create.getByRole('button', { name: 'Check', exact: true }).click()
  await expect(create.getByRole('status')).toBeVisible()
  await create.getByRole('button', { name: 'Send CreateClientGateway' }).click()
  await expect(answer.getByText(/RequestId [0-9a-f-]{36}/)).toBeVisible()
  const requestId = (await answer.getByText(/RequestId [0-9a-f-]{36}/).textContent())!.replace(
    'RequestId ',
    '',
  )
  // One resource is not a list: it is shown as a tree.
  await expect(answer.getByRole('table')).toHaveCount(0)
  await expect(answer).toContainText('ClientGatewayId')
  await expectAccessibleInBothThemes(page)
  await screenshotBothThemes(page, 'explorer-call')

  // The answer of a list is a table.
  await page.keyboard.press('Control+K')
  await page.getByRole('combobox', { name: 'Command' }).fill('ReadClientGateways')
  await page.getByRole('combobox', { name: 'Command' }).press('Enter')
  await callForm(page, 'ReadClientGateways').getByRole('button', { name: 'Send ReadClientGateways' }).click()
  await expectRowVisible(answer.getByRole('table', { name: 'ClientGateways' }), {
    PublicIp: '198.51.100.7',
    BgpAsn: '65000',
  })

  await page
    .getByRole('navigation', { name: 'Resources' })
    .getByRole('link', { name: 'Audit log', exact: true })
    .click()
  await expectRowVisible(page.getByRole('table', { name: 'Audit records' }), {
    Person: 'Alice Martin',
    Action: 'CreateClientGateway',
    Result: 'success',
    RequestId: new RegExp(requestId),
  })
})

test('vera, a viewer, sees CreateClientGateway refused with the reason before anything is sent', async ({
  page,
  signIn,
}) => {
  await signIn('vera')
  await openExplorer(page)
  await page.getByLabel('Search calls').fill('CreateClientGateway')
  await expect(page.getByText('1 call of 235 in 1 family')).toBeVisible()
  await expect(page).toHaveURL(/q=CreateClientGateway/)
  const item = page.getByRole('listitem').filter({ hasText: 'CreateClientGateway' })
  await expect(item).toContainText('Not allowed')
  await item.getByRole('link', { name: 'CreateClientGateway' }).click()
  await page.getByRole('heading', { name: 'CreateClientGateway', level: 1 }).waitFor()
  const calls = watchOscCalls(page)
  const reason = 'Your role (viewer) on Demo (Europe) does not allow CreateClientGateway.'
  await expect(page.getByRole('note')).toContainText(reason)
  const create = callForm(page, 'CreateClientGateway')
  const send = create.getByRole('button', { name: 'Send CreateClientGateway' })
  await expect(send).toBeDisabled()
  await expect(send).toHaveAccessibleDescription(reason)
  await expect(create.getByRole('button', { name: 'Check', exact: true })).toHaveCount(0)
  await create.getByLabel('BgpAsn').fill('65000')
  await create.getByLabel('ConnectionType').fill('ipsec.1')
  await create.getByLabel('PublicIp').fill('198.51.100.8')
  // Neither the button nor Enter in a field sends it.
  await send.click({ force: true })
  await create.getByLabel('PublicIp').press('Enter')
  await expect(page.getByRole('region', { name: 'Answer' })).toHaveCount(0)
  expect(calls).toEqual([])
  await expectAccessibleInBothThemes(page)
})

test('a call OUTSCALE refuses shows its code and RequestId, and the values typed stay', async ({
  page,
  signIn,
}) => {
  await signIn('alice')
  await page.goto('/demo-eu/explorer/DeleteClientGateway')
  await page.getByRole('heading', { name: 'DeleteClientGateway', level: 1 }).waitFor()
  const form = callForm(page, 'DeleteClientGateway')
  await form.getByLabel('ClientGatewayId').fill('cgw-00000000')
  await form.getByRole('button', { name: 'Send DeleteClientGateway' }).click()
  const error = form.getByRole('alert')
  await expect(error).toContainText('DeleteClientGateway failed')
  await expect(error).toContainText('Code: 5044 InvalidResource')
  await expect(error).toContainText(/RequestId: [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/)
  await expect(form.getByLabel('ClientGatewayId')).toHaveValue('cgw-00000000')
  await expect(page.getByRole('region', { name: 'Answer' })).toHaveCount(0)
})

test('a long read comes a page at a time, the next page asked with the answer’s token', async ({
  page,
  signIn,
}) => {
  await signIn('alice')
  await page.goto('/demo-eu/explorer/ReadVms')
  await page.getByRole('heading', { name: 'ReadVms', level: 1 }).waitFor()
  const form = callForm(page, 'ReadVms')
  await form.getByLabel('ResultsPerPage').fill('30')
  await form.getByRole('button', { name: 'Send ReadVms' }).click()
  const answer = page.getByRole('region', { name: 'Answer' })
  await expect(answer).toContainText('30 items in Vms.')
  // A list wider and longer than the page scrolls in its own box, which the keyboard reaches.
  await expect(answer.getByRole('region', { name: 'Vms' })).toHaveAttribute('tabindex', '0')
  await expectAccessibleInBothThemes(page)
  await answer.getByRole('button', { name: 'Next page' }).click()
  await expect(answer).toContainText('11 items in Vms.')
  await expect(form.getByLabel('NextPageToken')).not.toHaveValue('')
  await expect(answer.getByRole('button', { name: 'Next page' })).toHaveCount(0)
})
