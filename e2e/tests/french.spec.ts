import type { Page } from '@playwright/test'
import { test, expect, signInThroughIdp } from '../support/fixtures.ts'
import { expectNoSeriousA11yViolations, screenshotBothThemes } from '../support/pages.ts'
import { expectNoRow, expectRowVisible } from '../support/table.ts'

// The same stories as quotas.spec.ts, consumption.spec.ts, vm-list.spec.ts and the VM page's, read by a person whose
// browser prefers French: the same elements, found by role and by their French accessible names, and numbers in the
// French way. Each page's words load with it: a message shown as its raw id is reported in the console ([i18n]),
// and no story may see one.

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

  let missingWords: string[] = []
  test.beforeEach(({ page }) => {
    missingWords = []
    page.on('console', (message) => {
      if (message.type() === 'error' && message.text().startsWith('[i18n]')) missingWords.push(message.text())
    })
  })
  test.afterEach(() => {
    expect(missingWords).toEqual([])
  })

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

  test('alice filters the VM list in French: state and tag kept in the address and restored by a reload', async ({
    page,
    signIn,
  }) => {
    await signIn('alice')
    await openPage(page, 'VM')
    const table = page.getByRole('table', { name: 'Machines virtuelles' })
    await expectRowVisible(table, { Nom: 'web-prod-1', État: 'running' })
    await expect(page.getByText(/^\d+ éléments · mis à jour /)).toBeVisible()
    await expect(page.getByRole('button', { name: 'Créer une VM' })).toBeEnabled()

    await page.getByLabel('État', { exact: true }).selectOption('stopped')
    await expect(page).toHaveURL(/state=stopped/)
    await expectRowVisible(table, { Nom: 'ci-runner-1', État: 'stopped' })
    await expectNoRow(table, { Nom: 'web-prod-1' })

    await page.getByLabel('Tag', { exact: true }).fill('env=staging')
    await expect(page).toHaveURL(/tag=env(%3D|=)staging/)
    await expectRowVisible(table, { Nom: 'db-staging-1', État: 'stopped' })
    await expectNoRow(table, { Nom: 'ci-runner-1' })
    await expect(page.getByText(/^2 sur \d+ éléments · mis à jour /)).toBeVisible()

    await page.reload()
    await expect(page.getByLabel('État', { exact: true })).toHaveValue('stopped')
    await expect(page.getByLabel('Tag', { exact: true })).toHaveValue('env=staging')
    await expectRowVisible(table, { Nom: 'db-staging-2', État: 'stopped' })
    await expectNoRow(table, { Nom: 'web-prod-1' })

    // Selecting rows brings the bulk actions, in French too.
    await table.getByRole('checkbox', { name: 'Sélectionner db-staging-1' }).check()
    const bulk = page.getByRole('group', { name: 'Actions sur la sélection (VM)' })
    await expect(bulk.getByRole('button', { name: 'Démarrer', exact: true })).toBeEnabled()
    await expect(bulk.getByRole('button', { name: 'Arrêter', exact: true })).toBeDisabled()

    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme })
      await expectNoSeriousA11yViolations(page)
    }
    await screenshotBothThemes(page, 'vm-list-fr')
  })

  test('vera reads a VM’s page in French, and every action her role refuses says why in French', async ({
    page,
    signIn,
  }) => {
    await signIn('vera')
    await openPage(page, 'VM')
    await page
      .getByRole('table', { name: 'Machines virtuelles' })
      .getByRole('link', { name: 'web-prod-1' })
      .click()
    await page.getByRole('heading', { name: 'web-prod-1', level: 1 }).waitFor()
    const actions = page.getByRole('group', { name: 'Actions (VM)' })
    for (const [action, call] of [
      ['Arrêter', 'StopVms'],
      ['Redémarrer', 'RebootVms'],
      ['Modifier', 'UpdateVm'],
      ['Supprimer', 'DeleteVms'],
    ] as const) {
      const button = actions.getByRole('button', { name: action, exact: true })
      await expect(button).toBeDisabled()
      await expect(button).toHaveAccessibleDescription(
        `Votre rôle (viewer) sur Demo (Europe) ne permet pas ${call}.`,
      )
    }
    const overview = page.getByRole('definition').filter({ hasText: /^Désactivée$|^Activée$/ })
    await expect(page.getByText('Protection contre la suppression')).toBeVisible()
    await expect(overview).toHaveCount(1)

    const sections = page.getByRole('navigation', { name: 'Sections (VM)' })
    await sections.getByRole('link', { name: 'Réseau' }).click()
    await expect(page.getByRole('heading', { name: 'Groupes de sécurité' })).toBeVisible()
    await sections.getByRole('link', { name: 'Sortie console' }).click()
    await expect(
      page.getByRole('button', { name: 'Afficher la sortie console' }),
    ).toHaveAccessibleDescription(/ne permet pas ReadConsoleOutput/)
    await sections.getByRole('link', { name: 'Connexion' }).click()
    await expect(page.getByText(/^Connectez-vous en SSH/)).toBeVisible()
    await expect(page.getByRole('button', { name: 'Copier la commande ssh' })).toBeVisible()

    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme })
      await expectNoSeriousA11yViolations(page)
    }
    await screenshotBothThemes(page, 'vm-page-fr')
    // The longer French words still fit a narrow window.
    await page.setViewportSize({ width: 400, height: 800 })
    await sections.getByRole('link', { name: 'Vue d’ensemble' }).click()
    await expect(page.getByText('Protection contre la suppression')).toBeVisible()
    // The top bar fits: the theme and the language are in the person's menu at this width.
    const header = page.getByRole('banner')
    expect(await header.evaluate((h) => h.scrollWidth - h.clientWidth)).toBe(0)
    await header.getByRole('button', { name: /Vera Nowak/ }).click()
    await expect(page.getByRole('combobox', { name: 'Thème' })).toBeVisible()
    await page.keyboard.press('Escape')
    await expectNoSeriousA11yViolations(page)
    await screenshotBothThemes(page, 'vm-page-fr-narrow')
  })

  test('alice stops a VM from its page in French, and the page says in French why it cannot start yet', async ({
    page,
    signIn,
    sim,
  }) => {
    await signIn('alice')
    await openPage(page, 'VM')
    await page
      .getByRole('table', { name: 'Machines virtuelles' })
      .getByRole('link', { name: 'web-prod-2' })
      .click()
    await page.getByRole('heading', { name: 'web-prod-2', level: 1 }).waitFor()
    const action = (name: string) =>
      page.getByRole('group', { name: 'Actions (VM)' }).getByRole('button', { name, exact: true })
    await expect(action('Démarrer')).toHaveAccessibleDescription(/celle-ci est running/)

    await action('Arrêter').click()
    const dialog = page.getByRole('dialog', { name: 'Arrêter web-prod-2' })
    await expect(dialog.getByText('Afficher en ligne de commande')).toBeVisible()
    await dialog.getByRole('button', { name: 'Arrêter la VM' }).click()
    await expect(action('Arrêter')).toHaveAccessibleDescription(/celle-ci est (stopping|stopped)/)
    await sim.advance(120)
    await expect(action('Démarrer')).toBeEnabled()
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

  // And back to following the browser (English here), kept through a reload: no language is kept for bill any more,
  // so the next browser he signs in with speaks its own.
  const language = page.getByRole('combobox', { name: 'Langue' })
  await expect(language.getByRole('option', { name: 'Navigateur (English)' })).toHaveCount(1)
  await language.selectOption({ label: 'Navigateur (English)' })
  await expect(nav.getByRole('link', { name: 'Consumption', exact: true })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await page.reload()
  await expect(nav.getByRole('link', { name: 'Consumption', exact: true })).toBeVisible()
  await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('browser')
  const inFrench = await browser.newContext({ baseURL: stack.baseUrl, locale: 'fr-FR' })
  try {
    const other = await inFrench.newPage()
    await other.goto('/')
    await signInThroughIdp(other, 'bill')
    await expect(other.getByRole('combobox', { name: 'Langue' })).toHaveValue('browser')
    await expect(other.locator('html')).toHaveAttribute('lang', 'fr')
  } finally {
    await inFrench.close()
  }
})
