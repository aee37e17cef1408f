import type { Page } from '@playwright/test'
import { test, expect } from '../support/fixtures.ts'
import { expectRowVisible } from '../support/table.ts'
import { expectNoSeriousA11yViolations, screenshotBothThemes } from '../support/pages.ts'

const napTable = (page: Page) => page.getByRole('table', { name: 'Net access points' })
const actions = (page: Page) => page.getByRole('group', { name: 'Net access point actions' })
const properties = (page: Page) => page.getByRole('region', { name: 'Properties' })

async function openAccessPoints(page: Page) {
  await page
    .getByRole('navigation', { name: 'Resources' })
    .getByRole('link', { name: 'Net access points', exact: true })
    .click()
  await page.getByRole('heading', { name: 'Net access points', level: 1 }).waitFor()
}

test('oscar lets prod-net reach OOS privately through its main route table, takes the table off, then deletes it', async ({
  page,
  signIn,
  sim,
}) => {
  await signIn('oscar')
  await openAccessPoints(page)
  await expect(page.getByText('No Net access point in this account yet')).toBeVisible()

  await page.getByRole('button', { name: 'Create Net access point' }).click()
  const dialog = page.getByRole('dialog', { name: 'Create Net access point' })
  await expect(dialog.getByRole('list', { name: 'Quotas left' })).toContainText('Net access points:')
  await dialog.getByRole('button', { name: 'Create Net access point' }).click()
  await expect(dialog.getByText('Choose the Net the access point serves.').first()).toBeVisible()
  await expect(dialog.getByText('Choose a Net first: its route tables are listed here.')).toBeVisible()
  const nets = dialog.getByRole('combobox', { name: 'Net' })
  await nets.selectOption({
    label: (await nets.getByRole('option', { name: /^prod-net / }).textContent()) ?? '',
  })
  await dialog
    .getByRole('combobox', { name: 'Service' })
    .selectOption({ label: 'oos (com.outscale.eu-west-2.oos)' })
  // Only prod-net's own table is offered: its main one.
  await expect(dialog.getByRole('checkbox')).toHaveCount(1)
  await dialog.getByRole('checkbox', { name: /★$/ }).check()
  await dialog.getByRole('textbox', { name: 'Name (optional)' }).fill('prod-oos')
  await dialog.getByText('Show as command').first().click()
  await expect(dialog.getByText(/osc-cli api CreateNetAccessPoint/)).toBeVisible()
  await dialog.getByRole('button', { name: 'Create Net access point' }).click()

  await page.getByRole('heading', { name: 'prod-oos', level: 1 }).waitFor()
  await expect(properties(page)).toContainText('pending')
  await expect(properties(page)).toContainText('com.outscale.eu-west-2.oos')
  // The route the access point added goes to the service's prefix list.
  await expect(properties(page)).toContainText('pl-b2c3d4e5')
  const table = properties(page).getByRole('link', { name: /^rtb-/ })
  await expect(table).toBeVisible()
  await sim.advance(20)
  await expect(properties(page)).toContainText('available')
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await expectNoSeriousA11yViolations(page)
  }
  await screenshotBothThemes(page, 'net-access-point-detail')

  await actions(page).getByRole('button', { name: 'Edit route tables' }).click()
  const edit = page.getByRole('dialog', { name: 'Edit route tables' })
  await edit.getByRole('button', { name: 'Save route tables' }).click()
  await expect(edit.getByText(/these are the ones it already uses/).first()).toBeVisible()
  await edit.getByRole('checkbox', { name: /★$/ }).uncheck()
  await edit.getByRole('button', { name: 'Save route tables' }).click()
  await expect(edit).toHaveCount(0)
  await expect(properties(page).getByRole('link', { name: /^rtb-/ })).toHaveCount(0)

  await actions(page).getByRole('button', { name: 'Delete', exact: true }).click()
  const confirm = page.getByRole('dialog', { name: 'Delete prod-oos' })
  await confirm.getByRole('textbox').fill('prod-oos')
  await confirm.getByRole('button', { name: 'Delete Net access point' }).click()
  await page.getByRole('heading', { name: 'Net access points', level: 1 }).waitFor()
  await expectRowVisible(napTable(page), { Name: 'prod-oos', State: 'deleting', Service: /oos/ })
  await sim.advance(20)
  await expectRowVisible(napTable(page), { Name: 'prod-oos', State: 'deleted' })
})

test('vera reads the Net access points but cannot create one', async ({ page, signIn }) => {
  await signIn('vera')
  await openAccessPoints(page)
  await expect(page.getByRole('button', { name: 'Create Net access point' })).toHaveAttribute(
    'aria-disabled',
    'true',
  )
})
