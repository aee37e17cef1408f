import type { Page } from '@playwright/test'
import { test, expect } from '../support/fixtures.ts'
import { screenshotBothThemes } from '../support/pages.ts'
import { followBrowserLanguage } from '../support/language.ts'

// The storage pages read by a French reader in a narrow (400 px) window: every word loads with its page (a raw
// message id is reported in the console as [i18n] and fails the story), and the pages stay usable at that width.

test.use({ locale: 'fr-FR', viewport: { width: 400, height: 800 } })

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

const firstLink = (page: Page, table: string) =>
  page.getByRole('table', { name: table }).getByRole('link').first()

test('alice reads volumes, snapshots and images in French in a narrow window', async ({ page, signIn }) => {
  await signIn('alice', '/demo-eu/volumes')
  await followBrowserLanguage(page)
  await page.reload()
  await page.getByRole('heading', { name: 'Volumes', level: 1 }).waitFor()
  await expect(page.getByRole('columnheader', { name: 'Attaché à' })).toBeAttached()
  await screenshotBothThemes(page, 'fr-narrow-volumes')
  await page.getByRole('button', { name: 'Créer un volume' }).click()
  const create = page.getByRole('dialog', { name: 'Créer un volume' })
  await create.getByRole('combobox', { name: 'Type de volume' }).selectOption('io1')
  await expect(create.getByText(/au plus 300 par Gio/)).toBeVisible()
  await screenshotBothThemes(page, 'fr-narrow-volume-create')
  await create.getByRole('button', { name: 'Annuler' }).click()
  await firstLink(page, 'Volumes').click()
  await page.getByRole('group', { name: /actions/i }).waitFor()
  await screenshotBothThemes(page, 'fr-narrow-volume')

  await page.goto('/demo-eu/snapshots')
  await page.getByRole('heading', { name: 'Snapshots', level: 1 }).waitFor()
  await screenshotBothThemes(page, 'fr-narrow-snapshots')
  await firstLink(page, 'Snapshots').click()
  await page.getByRole('link', { name: 'Partage' }).click()
  await expect(page.getByRole('button', { name: 'Rendre public' })).toBeVisible()
  await screenshotBothThemes(page, 'fr-narrow-snapshot-sharing')
  await page.getByRole('link', { name: 'Exports' }).click()
  await expect(page.getByText('Ce snapshot n’a pas été exporté.')).toBeVisible()

  await page.goto('/demo-eu/images')
  await page.getByRole('heading', { name: 'Images', level: 1 }).waitFor()
  await screenshotBothThemes(page, 'fr-narrow-images')
  await firstLink(page, 'Images').click()
  await page.getByRole('link', { name: 'Périphériques' }).click()
  await expect(page.getByRole('table', { name: 'Périphériques de stockage' })).toBeVisible()

  await page.goto('/demo-eu/vms')
  await page
    .getByRole('table', { name: 'Machines virtuelles' })
    .getByRole('link', { name: 'bastion-1', exact: true })
    .click()
  await page.getByRole('link', { name: 'Stockage' }).click()
  await expect(page.getByRole('button', { name: 'Attacher un volume' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Créer une image' })).toBeVisible()
  await screenshotBothThemes(page, 'fr-narrow-vm-storage')
})
