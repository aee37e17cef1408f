import type { Page } from '@playwright/test'
import { test, expect } from '../support/fixtures.ts'
import { expectRowVisible } from '../support/table.ts'
import { expectNoSeriousA11yViolations, screenshotBothThemes } from '../support/pages.ts'

const peeringTable = (page: Page) => page.getByRole('table', { name: 'Net peerings' })
const actions = (page: Page) => page.getByRole('group', { name: 'Net peering actions' })

async function openPeerings(page: Page) {
  await page
    .getByRole('navigation', { name: 'Resources' })
    .getByRole('link', { name: 'Net peerings', exact: true })
    .click()
  await page.getByRole('heading', { name: 'Net peerings', level: 1 }).waitFor()
}

async function expectNoViolationsInBothThemes(page: Page, name: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await expectNoSeriousA11yViolations(page)
  }
  await screenshotBothThemes(page, name)
}

/** The id of a Net, read from its account's Nets page as a person would. */
async function netId(page: Page, account: string, name: string) {
  await page.goto(new URL(`/${account}/nets`, page.url()).href)
  await page.getByRole('table', { name: 'Nets' }).getByRole('link', { name, exact: true }).click()
  await page.getByRole('heading', { name, level: 1 }).waitFor()
  return (
    (await page
      .getByText(/^vpc-[0-9a-f]{8}$/)
      .first()
      .textContent()) ?? ''
  )
}

test('alice asks the US account to peer with prod-net; the US side sees the request, accepts it, and it is active on both sides', async ({
  page,
  signIn,
}) => {
  await signIn('alice')
  const usNet = await netId(page, 'demo-us', 'us-net')
  await page.goto(new URL('/demo-eu/nets', page.url()).href)
  await openPeerings(page)
  await expect(page.getByText('No Net peering in this account yet')).toBeVisible()

  await page.getByRole('button', { name: 'Request Net peering' }).click()
  const dialog = page.getByRole('dialog', { name: 'Request Net peering' })
  const source = dialog.getByRole('combobox', { name: 'Source Net (of this account)' })
  await source.selectOption({
    label: (await source.getByRole('option', { name: /^prod-net / }).textContent()) ?? '',
  })
  await dialog.getByRole('textbox', { name: 'Owner account ID (optional)' }).fill('210987654321')
  await dialog.getByRole('textbox', { name: 'Accepter Net' }).fill(usNet)
  await dialog.getByRole('textbox', { name: 'Name (optional)' }).fill('eu-to-us')
  await expect(dialog.getByRole('note')).toContainText('Once account 210987654321 accepts')
  await expectNoViolationsInBothThemes(page, 'peering-create')
  await dialog.getByRole('button', { name: 'Request peering' }).click()

  await page.getByRole('heading', { name: 'eu-to-us', level: 1 }).waitFor()
  const properties = page.getByRole('region', { name: 'Properties' })
  await expect(properties).toContainText('Pending acceptance by 210987654321')
  await expect(properties).toContainText('Account 210987654321')
  // Only the owner of the accepter Net accepts; this side may still withdraw its request.
  await expect(actions(page).getByRole('button', { name: 'Accept' })).toHaveAttribute('aria-disabled', 'true')
  await expect(actions(page).getByRole('button', { name: 'Accept' })).toHaveAccessibleDescription(
    'Only the owner of the accepter Net, account 210987654321, can accept or reject it.',
  )
  await expect(actions(page).getByRole('button', { name: 'Delete' })).not.toHaveAttribute(
    'aria-disabled',
    'true',
  )
  await expectNoViolationsInBothThemes(page, 'peering-detail')

  // The US account sees the incoming request and accepts it.
  await page.goto(new URL('/demo-us/net-peerings', page.url()).href)
  await expectRowVisible(peeringTable(page), { State: /pending-acceptance/, 'Accepter Net': /This account/ })
  await expectNoViolationsInBothThemes(page, 'peering-list')
  await peeringTable(page).getByRole('link', { name: 'eu-to-us' }).click()
  await expect(actions(page).getByRole('button', { name: 'Delete' })).toHaveAccessibleDescription(
    'A peering pending acceptance is deleted by its requester: reject it instead.',
  )
  await actions(page).getByRole('button', { name: 'Accept' }).click()
  const confirm = page.getByRole('dialog', { name: 'Accept eu-to-us' })
  await expect(confirm).toContainText('of account 123456789012')
  await confirm.getByRole('button', { name: 'Accept peering' }).click()
  await expect(page.getByRole('region', { name: 'Properties' })).toContainText('Active')

  await page.goto(new URL('/demo-eu/net-peerings', page.url()).href)
  await expectRowVisible(peeringTable(page), { Name: 'eu-to-us', State: /^active/ })
})

test('oscar peers two Nets of the account, but a Net of another account is for admins, and the form says so', async ({
  page,
  signIn,
}) => {
  await signIn('oscar', '/demo-eu/net-peerings')
  await page.getByRole('button', { name: 'Request Net peering' }).click()
  const dialog = page.getByRole('dialog', { name: 'Request Net peering' })
  const source = dialog.getByRole('combobox', { name: 'Source Net (of this account)' })
  await source.selectOption({
    label: (await source.getByRole('option', { name: /^staging-net / }).textContent()) ?? '',
  })
  await dialog.getByRole('textbox', { name: 'Owner account ID (optional)' }).fill('210987654321')
  await dialog.getByRole('textbox', { name: 'Accepter Net' }).fill('vpc-12345678')
  await expect(dialog.getByRole('note')).toContainText('only an admin of this account may request it')
  await expect(dialog.getByRole('button', { name: 'Request peering' })).toHaveAttribute(
    'aria-disabled',
    'true',
  )

  await dialog.getByRole('textbox', { name: 'Owner account ID (optional)' }).fill('')
  const accepter = dialog.getByRole('combobox', { name: 'Accepter Net' })
  // The source Net is not offered as its own peer.
  await expect(accepter.getByRole('option', { name: /^staging-net / })).toHaveCount(0)
  await accepter.selectOption({
    label: (await accepter.getByRole('option', { name: /^prod-net / }).textContent()) ?? '',
  })
  await dialog.getByRole('button', { name: 'Request peering' }).click()
  await page.getByRole('heading', { name: /^pcx-/, level: 1 }).waitFor()
  const properties = page.getByRole('region', { name: 'Properties' })
  await expect(properties).toContainText('Pending acceptance by 123456789012')
  // Both Nets are the account's: oscar accepts it himself.
  await actions(page).getByRole('button', { name: 'Accept' }).click()
  await page
    .getByRole('dialog', { name: /^Accept pcx-/ })
    .getByRole('button', { name: 'Accept peering' })
    .click()
  await expect(properties).toContainText('Active')
  await actions(page).getByRole('button', { name: 'Delete' }).click()
  const confirm = page.getByRole('dialog', { name: /^Delete pcx-/ })
  await confirm.getByRole('textbox').fill((await page.getByRole('heading', { level: 1 }).textContent()) ?? '')
  await confirm.getByRole('button', { name: 'Delete peering' }).click()
  await expect(properties).toContainText('Deleted by 123456789012')
  await expect(actions(page)).toContainText('It is deleted: it can no longer be changed or deleted.')
})
