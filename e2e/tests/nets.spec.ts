import type { Page } from '@playwright/test'
import { test, expect } from '../support/fixtures.ts'
import { expectRowVisible } from '../support/table.ts'
import { expectNoSeriousA11yViolations, screenshotBothThemes } from '../support/pages.ts'

const sections = (page: Page, noun: string) => page.getByRole('navigation', { name: `${noun} sections` })
const actions = (page: Page, noun: string) => page.getByRole('group', { name: `${noun} actions` })

async function openSection(page: Page, link: string, heading = link) {
  await page
    .getByRole('navigation', { name: 'Resources' })
    .getByRole('link', { name: link, exact: true })
    .click()
  await page.getByRole('heading', { name: heading, level: 1 }).waitFor()
}

async function expectNoViolationsInBothThemes(page: Page, name: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await expectNoSeriousA11yViolations(page)
  }
  await screenshotBothThemes(page, name)
}

test('alice creates a Net with a Subnet, links an Internet service to it and routes 0.0.0.0/0 there', async ({
  page,
  signIn,
}) => {
  await signIn('alice')
  await openSection(page, 'Nets')
  await page.getByRole('button', { name: 'Create Net' }).click()
  let dialog = page.getByRole('dialog', { name: 'Create Net' })
  await expect(dialog.getByRole('list', { name: 'Quotas left' })).toContainText('Nets:')
  await dialog.getByRole('textbox', { name: 'Name (optional)' }).fill('shop-net')
  const range = dialog.getByRole('textbox', { name: 'IP range' })
  await range.fill('10.20.0.0/8')
  await dialog.getByRole('button', { name: 'Create Net' }).click()
  await expect(dialog.getByText('A Net’s range is from /16').first()).toBeVisible()
  await range.fill('10.20.0.0/16')
  await dialog.getByRole('button', { name: 'Check' }).click()
  await expect(dialog.getByRole('status')).toBeVisible()
  await dialog.getByRole('button', { name: 'Create Net' }).click()
  await page.getByRole('heading', { name: 'shop-net', level: 1 }).waitFor()

  // A Subnet: the first free /24 is proposed; a range outside the Net is refused in the form.
  await page.getByRole('button', { name: 'Create Subnet' }).click()
  dialog = page.getByRole('dialog', { name: 'Create Subnet' })
  const subnetRange = dialog.getByRole('textbox', { name: 'IP range' })
  await expect(subnetRange).toHaveValue('10.20.0.0/24')
  await subnetRange.fill('10.21.0.0/24')
  await dialog.getByRole('button', { name: 'Create Subnet' }).click()
  await expect(
    dialog.getByText('The range must lie inside the Net’s range, 10.20.0.0/16.').first(),
  ).toBeVisible()
  await subnetRange.fill('10.20.1.0/24')
  await dialog.getByRole('textbox', { name: 'Name (optional)' }).fill('shop-a')
  await dialog.getByRole('button', { name: 'Create Subnet' }).click()
  await expect(dialog).toHaveCount(0)
  await expectRowVisible(page.getByRole('table', { name: 'Subnets of this Net' }), {
    Name: 'shop-a',
    'IP range': '10.20.1.0/24',
  })

  await sections(page, 'Net').getByRole('link', { name: 'Internet service' }).click()
  await expect(page.getByText('This Net has no Internet service')).toBeVisible()
  await page.getByRole('button', { name: 'Create and link an Internet service' }).click()
  dialog = page.getByRole('dialog', { name: 'Create Internet service' })
  await dialog.getByRole('textbox', { name: 'Name (optional)' }).fill('shop-igw')
  await dialog.getByRole('button', { name: 'Create and link' }).click()
  await expect(dialog).toHaveCount(0)
  const igwLink = page.getByRole('link', { name: /^igw-/ })
  await expect(igwLink).toBeVisible()
  const igwId = (await igwLink.textContent()) ?? ''

  // The Net's main route table gets the default route.
  await sections(page, 'Net').getByRole('link', { name: 'Route tables' }).click()
  await page
    .getByRole('table', { name: 'Route tables of this Net' })
    .getByRole('link', { name: /^rtb-/ })
    .click()
  await page.getByRole('heading', { name: /^rtb-/, level: 1 }).waitFor()
  const routes = page.getByRole('table', { name: 'Routes' })
  await expectRowVisible(routes, { Destination: '10.20.0.0/16', Target: 'Local (the Net itself)' })
  await page.getByRole('button', { name: 'Add route' }).click()
  dialog = page.getByRole('dialog', { name: 'Add route' })
  await expect(dialog.getByRole('textbox', { name: 'Destination' })).toHaveValue('0.0.0.0/0')
  await dialog.getByRole('radio', { name: 'Internet service' }).check()
  await dialog.getByRole('combobox', { name: 'Target' }).selectOption({ label: `shop-igw (${igwId})` })
  await dialog.getByText('Show as command').click()
  await expect(dialog.getByText(/osc-cli api CreateRoute/)).toBeVisible()
  await dialog.getByRole('button', { name: 'Add route' }).click()
  await expect(dialog).toHaveCount(0)
  await expectRowVisible(routes, {
    Destination: '0.0.0.0/0',
    Target: `Internet service ${igwId}`,
    State: 'active',
  })

  // The same destination again is refused in the form, naming the route that has it.
  await page.getByRole('button', { name: 'Add route' }).click()
  dialog = page.getByRole('dialog', { name: 'Add route' })
  await dialog.getByRole('combobox', { name: 'Target' }).selectOption({ label: `shop-igw (${igwId})` })
  await dialog.getByRole('button', { name: 'Add route' }).click()
  await expect(dialog.getByText(`The table already routes 0.0.0.0/0 (to ${igwId})`).first()).toBeVisible()
  await dialog.getByRole('button', { name: 'Cancel' }).click()

  // The Net cannot be deleted while it holds the Subnet; the page says why.
  await sections(page, 'route table').getByRole('link', { name: 'Properties' }).click()
  await page.getByRole('region', { name: 'Properties' }).getByRole('link', { name: /^vpc-/ }).click()
  await page.getByRole('heading', { name: 'shop-net', level: 1 }).waitFor()
  await expect(actions(page, 'Net').getByRole('button', { name: 'Delete' })).toHaveAttribute(
    'aria-disabled',
    'true',
  )
  await expect(actions(page, 'Net')).toContainText('It still holds 1 Subnet')
})

test('vera reads the network but cannot change it', async ({ page, signIn }) => {
  await signIn('vera')
  await openSection(page, 'Nets')
  await expect(page.getByRole('button', { name: 'Create Net' })).toHaveAttribute('aria-disabled', 'true')
  await page.getByRole('table', { name: 'Nets' }).getByRole('link', { name: 'prod-net', exact: true }).click()
  await page.getByRole('heading', { name: 'prod-net', level: 1 }).waitFor()
  await expect(page.getByRole('button', { name: 'Create Subnet' })).toHaveAttribute('aria-disabled', 'true')
})

test('the network pages pass axe in light and dark', async ({ page, signIn }) => {
  await signIn('alice')
  await openSection(page, 'Nets')
  await expectRowVisible(page.getByRole('table', { name: 'Nets' }), { Name: 'prod-net', Subnets: '2' })
  await expectNoViolationsInBothThemes(page, 'net-list')
  await page.getByRole('table', { name: 'Nets' }).getByRole('link', { name: 'prod-net', exact: true }).click()
  await page.getByRole('heading', { name: 'prod-net', level: 1 }).waitFor()
  await expectRowVisible(page.getByRole('table', { name: 'Subnets of this Net' }), { Name: 'prod-a' })
  await expectNoViolationsInBothThemes(page, 'net-detail')
  await page.getByRole('button', { name: 'Create Subnet' }).click()
  await page.getByRole('dialog', { name: 'Create Subnet' }).waitFor()
  await expectNoViolationsInBothThemes(page, 'subnet-create')
  await page.getByRole('dialog', { name: 'Create Subnet' }).getByRole('button', { name: 'Cancel' }).click()

  await openSection(page, 'Subnets')
  await expectRowVisible(page.getByRole('table', { name: 'Subnets' }), { Name: 'prod-a' })
  await expectNoViolationsInBothThemes(page, 'subnet-list')
  await page
    .getByRole('table', { name: 'Subnets' })
    .getByRole('link', { name: 'prod-a', exact: true })
    .click()
  await page.getByRole('heading', { name: 'prod-a', level: 1 }).waitFor()
  await expectNoViolationsInBothThemes(page, 'subnet-detail')

  await openSection(page, 'Internet services')
  await expectRowVisible(page.getByRole('table', { name: 'Internet services' }), { Name: 'prod-igw' })
  await expectNoViolationsInBothThemes(page, 'igw-list')
  await page.getByRole('table', { name: 'Internet services' }).getByRole('link', { name: 'prod-igw' }).click()
  await page.getByRole('heading', { name: 'prod-igw', level: 1 }).waitFor()
  await expectNoViolationsInBothThemes(page, 'igw-detail')

  await openSection(page, 'Route tables')
  const tables = page.getByRole('table', { name: 'Route tables' })
  await expectRowVisible(tables, { Main: 'Main' })
  await expectNoViolationsInBothThemes(page, 'route-table-list')
  // Route tables have no name in the demo account: the first link of the list is a table's "no name".
  await tables.getByRole('link').first().click()
  await page.getByRole('heading', { name: /^rtb-/, level: 1 }).waitFor()
  await expectNoViolationsInBothThemes(page, 'route-table-detail')
  await page.getByRole('button', { name: 'Add route' }).click()
  await page.getByRole('dialog', { name: 'Add route' }).waitFor()
  await expectNoViolationsInBothThemes(page, 'route-add')
})

test.describe('in a 400 px window', () => {
  test.use({ viewport: { width: 400, height: 800 } })

  test('a Net’s page, the add-route form and a public IP’s page fit the width', async ({ page, signIn }) => {
    await signIn('alice', '/demo-eu/nets')
    // The content does not stick out sideways (the shell's top bar is the shell's, not these pages').
    const overflow = () => page.getByRole('main').evaluate((el) => el.scrollWidth - el.clientWidth)
    await page
      .getByRole('table', { name: 'Nets' })
      .getByRole('link', { name: 'prod-net', exact: true })
      .click()
    await page.getByRole('heading', { name: 'prod-net', level: 1 }).waitFor()
    await expect(page.getByRole('table', { name: 'Subnets of this Net' })).toBeVisible()
    expect(await overflow()).toBeLessThanOrEqual(0)
    await screenshotBothThemes(page, 'net-detail-narrow')
    await sections(page, 'Net').getByRole('link', { name: 'Route tables' }).click()
    await page
      .getByRole('table', { name: 'Route tables of this Net' })
      .getByRole('link', { name: /^rtb-/ })
      .click()
    await page.getByRole('button', { name: 'Add route' }).click()
    const dialog = page.getByRole('dialog', { name: 'Add route' })
    await expect(dialog.getByRole('combobox', { name: 'Target' })).toBeVisible()
    expect(await dialog.evaluate((el) => el.getBoundingClientRect().width)).toBeLessThanOrEqual(400)
    expect(await dialog.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0)
    await screenshotBothThemes(page, 'route-add-narrow')
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    // The sidebar is folded away at this width: go by the address.
    await page.goto(new URL('/demo-eu/public-ips', page.url()).href)
    await page
      .getByRole('table', { name: 'Public IPs' })
      .getByRole('link', { name: 'eip-1', exact: true })
      .click()
    await page.getByRole('heading', { name: 'eip-1', level: 1 }).waitFor()
    expect(await overflow()).toBeLessThanOrEqual(0)
    await screenshotBothThemes(page, 'public-ip-detail-narrow')
  })
})

test('on a Net’s page, switching to French redraws its own words in French, and a reload keeps them', async ({
  page,
  signIn,
}) => {
  await signIn('alice', '/demo-eu/nets')
  await page.getByRole('table', { name: 'Nets' }).getByRole('link', { name: 'prod-net', exact: true }).click()
  await expect(page.getByRole('button', { name: 'Create Subnet' })).toBeVisible()
  await page.getByRole('combobox', { name: 'Language' }).selectOption('fr')
  await expect(page.getByRole('button', { name: 'Créer un sous-réseau' })).toBeVisible()
  await expect(page.getByRole('table', { name: 'Sous-réseaux de ce Net' })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('button', { name: 'Créer un sous-réseau' })).toBeVisible()
  // Back to the browser's language (English): no language stays chosen for alice.
  await page.getByRole('combobox', { name: 'Langue' }).selectOption({ label: 'Navigateur (English)' })
  await expect(page.getByRole('button', { name: 'Create Subnet' })).toBeVisible()
})
