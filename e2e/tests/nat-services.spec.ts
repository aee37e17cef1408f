import type { Page } from '@playwright/test'
import { test, expect } from '../support/fixtures.ts'
import { expectRowVisible, rowOf } from '../support/table.ts'
import { expectNoSeriousA11yViolations, screenshotBothThemes } from '../support/pages.ts'

const natTable = (page: Page) => page.getByRole('table', { name: 'NAT services' })
const actions = (page: Page) => page.getByRole('group', { name: 'NAT service actions' })

async function openNatServices(page: Page) {
  await page
    .getByRole('navigation', { name: 'Resources' })
    .getByRole('link', { name: 'NAT services', exact: true })
    .click()
  await page.getByRole('heading', { name: 'NAT services', level: 1 }).waitFor()
}

async function expectNoViolationsInBothThemes(page: Page, name: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await expectNoSeriousA11yViolations(page)
  }
  await screenshotBothThemes(page, name)
}

test('alice gives the private Subnets a way out: a NAT service in prod-a on an idle public IP, then deletes it', async ({
  page,
  signIn,
  sim,
}) => {
  await signIn('alice')
  await openNatServices(page)
  await expect(page.getByText('No NAT service in this account yet')).toBeVisible()
  await expectNoViolationsInBothThemes(page, 'nat-list-empty')

  await page.getByRole('button', { name: 'Create NAT service' }).click()
  const dialog = page.getByRole('dialog', { name: 'Create NAT service' })
  await expect(dialog.getByRole('list', { name: 'Quotas left' })).toContainText('NAT services:')
  // Nothing chosen yet: the form says what it needs beside each list.
  await dialog.getByRole('button', { name: 'Create NAT service' }).click()
  await expect(dialog.getByText('Choose the Subnet to put the NAT service in.').first()).toBeVisible()
  // Only idle public IPs are offered: eip-1 is attached to a VM.
  const ips = dialog.getByRole('combobox', { name: 'Public IP' })
  await expect(ips.getByRole('option', { name: /^eip-1 / })).toHaveCount(0)
  await ips.selectOption({ label: (await ips.getByRole('option', { name: /^eip-4 / }).textContent()) ?? '' })
  const subnets = dialog.getByRole('combobox', { name: 'Subnet' })
  await subnets.selectOption({
    label: (await subnets.getByRole('option', { name: /^prod-a / }).textContent()) ?? '',
  })
  await dialog.getByRole('textbox', { name: 'Name (optional)' }).fill('prod-nat')
  await expectNoViolationsInBothThemes(page, 'nat-create')
  await dialog.getByText('Show as command').first().click()
  await expect(dialog.getByText(/osc-cli api CreateNatService/)).toBeVisible()
  await dialog.getByRole('button', { name: 'Check' }).click()
  await expect(dialog.getByRole('status')).toBeVisible()
  await dialog.getByRole('button', { name: 'Create NAT service' }).click()

  await page.getByRole('heading', { name: 'prod-nat', level: 1 }).waitFor()
  const properties = page.getByRole('region', { name: 'Properties' })
  await expect(properties).toContainText('pending')
  await expect(properties.getByRole('link', { name: /^subnet-/ })).toBeVisible()
  await sim.advance(31)
  await expect(properties).toContainText('available')
  await expectNoViolationsInBothThemes(page, 'nat-detail')

  // The address now belongs to the NAT service: the public IPs page no longer calls it idle.
  await page.goto(new URL('/demo-eu/public-ips', page.url()).href)
  await expectRowVisible(page.getByRole('table', { name: 'Public IPs' }), {
    'Public IP': 'eip-4',
    Billing: 'In use',
  })

  await openNatServices(page)
  await expectRowVisible(natTable(page), { Name: 'prod-nat', State: 'available', Subnet: /^subnet-/ })
  await expectNoViolationsInBothThemes(page, 'nat-list')
  await natTable(page).getByRole('link', { name: 'prod-nat', exact: true }).click()
  await actions(page).getByRole('button', { name: 'Delete', exact: true }).click()
  const confirm = page.getByRole('dialog', { name: 'Delete prod-nat' })
  await expect(confirm).toContainText('its public IP goes back to idle')
  await confirm.getByRole('textbox').fill('prod-nat')
  await confirm.getByRole('button', { name: 'Delete NAT service' }).click()
  await page.getByRole('heading', { name: 'NAT services', level: 1 }).waitFor()
  await expectRowVisible(natTable(page), { Name: 'prod-nat', State: 'deleting' })
  await sim.advance(31)
  await expectRowVisible(natTable(page), { Name: 'prod-nat', State: 'deleted' })
  // A deleted one can be deleted no more; the page says why.
  await (await rowOf(natTable(page), { Name: 'prod-nat' })).getByRole('link', { name: 'prod-nat' }).click()
  await expect(actions(page).getByRole('button', { name: 'Delete', exact: true })).toHaveAttribute(
    'aria-disabled',
    'true',
  )
  await expect(actions(page)).toContainText('It is already deleted.')
})

test('vera reads the NAT services but cannot create one', async ({ page, signIn }) => {
  await signIn('vera')
  await openNatServices(page)
  await expect(page.getByRole('button', { name: 'Create NAT service' })).toHaveAttribute(
    'aria-disabled',
    'true',
  )
})

test('the NAT services and Net peerings pages speak French when asked to', async ({ page, signIn }) => {
  await signIn('alice', '/demo-eu/nat-services')
  await expect(page.getByRole('button', { name: 'Create NAT service' })).toBeVisible()
  await page.getByRole('combobox', { name: 'Language' }).selectOption('fr')
  await expect(page.getByRole('heading', { name: 'Services NAT', level: 1 })).toBeVisible()
  await expect(page.getByText('Aucun service NAT dans ce compte pour l’instant')).toBeVisible()
  await page
    .getByRole('navigation', { name: 'Ressources' })
    .getByRole('link', { name: 'Appairages de Nets', exact: true })
    .click()
  await expect(page.getByRole('button', { name: 'Demander un appairage' })).toBeVisible()
  // Back to following the browser, so that no language stays chosen for alice in the stories that follow.
  await page.getByRole('combobox', { name: 'Langue' }).selectOption({ label: 'Navigateur (English)' })
  await expect(page.getByRole('button', { name: 'Request Net peering' })).toBeVisible()
})
