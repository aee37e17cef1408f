import type { Page } from '@playwright/test'
import { test, expect, signInThroughIdp } from '../support/fixtures.ts'
import { expectNoSeriousA11yViolations, screenshotBothThemes } from '../support/pages.ts'

// The same stories as quotas.spec.ts and consumption.spec.ts, read by a person whose browser prefers French: the
// same elements, found by role and by their French accessible names, and numbers in the French way.

test.beforeEach(({ stack }) => {
  test.skip(stack.auth !== 'oidc', 'the console runs without sign-in')
})

const NNBSP = '\u202f'

async function openPage(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Ressources' }).getByRole('link', { name, exact: true }).click()
  await page.getByRole('heading', { name, level: 1 }).waitFor()
}

const utcDay = (at: Date) => at.toISOString().slice(0, 10)

test.describe('in a French browser', () => {
  test.use({ locale: 'fr-FR' })

  test('bill reads the quotas in French: usage in words, the fullest first, search kept in the address', async ({
    page,
    signIn,
  }) => {
    await signIn('bill')
    // A billing person lands on the account's home, which shows costs and quotas.
    await expect(page).toHaveURL(/\/demo-eu$/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
    await openPage(page, 'Quotas')
    const compute = page.getByRole('table', { name: 'Compute', exact: true })
    const vmQuota = compute.getByRole('meter', { name: 'VM Limit' })
    await expect(vmQuota).toHaveAttribute('aria-valuetext', `40 sur 45 utilisés (88${NNBSP}%)`)
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^VM Limit\b/ }) })
    await expect(row).toContainText('Proche de la limite')
    await expect(row).toContainText('40 sur 45')
    const names = compute.getByRole('rowheader')
    await expect(names.nth(0)).toContainText('IP Limit')
    await expect(names.nth(0)).toContainText('Plein')
    await expect(
      page.getByText(`1 quota est plein, 1 est proche de la limite (80${NNBSP}% ou plus).`),
    ).toBeVisible()

    const search = page.getByRole('searchbox', { name: 'Rechercher' })
    await search.fill('vm_limit')
    await expect(page.getByText(/^1 sur \d+ quotas · mis à jour /)).toBeVisible()
    await expect(page.getByRole('table')).toHaveCount(1)
    await page.reload()
    await expect(search).toHaveValue('vm_limit')
    await expect(page.getByRole('table')).toHaveCount(1)

    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme })
      await expectNoSeriousA11yViolations(page)
    }
    await screenshotBothThemes(page, 'quotas-fr')
  })

  test('bill reads the consumption in French, prices in euros written the French way, and a reversed period refused in French', async ({
    page,
    signIn,
  }) => {
    await signIn('bill')
    await openPage(page, 'Consommation')
    const quick = (name: string) =>
      page.getByRole('group', { name: 'Périodes rapides' }).getByRole('button', { name })
    const grandTotal = page
      .getByRole('table', { name: 'Totaux par service' })
      .getByRole('row', { name: /^Tous les services/ })
    await expect(quick('Ce mois-ci')).toHaveAttribute('aria-pressed', 'true')
    // 1 234,56 € : a comma before the cents and the sign after the amount.
    await expect(grandTotal).toContainText(/\d,\d{2}\u00a0€/)
    await expect(
      page
        .getByRole('table', { name: 'Consommation par service et par type' })
        .getByRole('rowheader', { name: 'Service : TinaOS-FCU' }),
    ).toBeVisible()

    await quick('Le mois dernier').click()
    const now = new Date()
    const from = utcDay(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)))
    const to = utcDay(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 0)))
    await expect(page).toHaveURL(new RegExp(`from=${from}&to=${to}`))
    await expect(page.getByText(`du ${from} au ${to} inclus`)).toBeVisible()
    await expect(page.getByText(/\d+ lignes · mis à jour /)).toBeVisible()

    const form = page.getByRole('form', { name: 'Période' })
    await page.getByLabel('Premier jour').fill('2024-03-10')
    await page.getByLabel('Dernier jour (inclus)').fill('2024-03-01')
    await form.getByRole('button', { name: 'Afficher la période' }).click()
    await expect(form.getByRole('alert')).toHaveText(
      'Le premier jour (2024-03-10) est après le dernier jour (2024-03-01). Choisissez un premier jour antérieur ou égal au dernier.',
    )

    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme })
      await expectNoSeriousA11yViolations(page)
    }
    await screenshotBothThemes(page, 'consumption-fr')
  })
})

test('a person switches the console to French in the top bar, and it stays French after a reload and in another browser', async ({
  page,
  signIn,
  browser,
  stack,
}) => {
  await signIn('bill', '/demo-eu/quotas')
  const nav = page.getByRole('navigation', { name: 'Resources' })
  await expect(nav.getByRole('link', { name: 'Consumption', exact: true })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')

  await page.getByRole('combobox', { name: 'Language' }).selectOption('fr')
  const french = page.getByRole('navigation', { name: 'Ressources' })
  await expect(french.getByRole('link', { name: 'Consommation', exact: true })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  await expect(page.getByRole('heading', { name: 'Quotas', level: 1 })).toBeVisible()
  await expect(page.getByText(/quotas · mis à jour /)).toBeVisible()

  await page.reload()
  await expect(french.getByRole('link', { name: 'Consommation', exact: true })).toBeVisible()
  await expect(page.getByRole('combobox', { name: 'Langue' })).toHaveValue('fr')
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')

  // Another browser, in English, that never saw the choice: signing in brings the person's language with them.
  const elsewhere = await browser.newContext({ baseURL: stack.baseUrl, locale: 'en-US' })
  try {
    const other = await elsewhere.newPage()
    await other.goto('/')
    await signInThroughIdp(other, 'bill')
    await expect(
      other
        .getByRole('navigation', { name: 'Ressources' })
        .getByRole('link', { name: 'Consommation', exact: true }),
    ).toBeVisible()
    await expect(other.getByRole('combobox', { name: 'Langue' })).toHaveValue('fr')
    await expect(other.locator('html')).toHaveAttribute('lang', 'fr')
  } finally {
    await elsewhere.close()
  }

  // And back: the choice is the person's, in either direction.
  await page.getByRole('combobox', { name: 'Langue' }).selectOption('en')
  await expect(nav.getByRole('link', { name: 'Consumption', exact: true })).toBeVisible()
})
