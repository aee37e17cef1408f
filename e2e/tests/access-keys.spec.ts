import type { Page } from '@playwright/test'
import { test, expect } from '../support/fixtures.ts'
import { expectNoRow, expectRowVisible, rowOf } from '../support/table.ts'
import { expectNoSeriousA11yViolations, screenshotBothThemes } from '../support/pages.ts'

const keyTable = (page: Page) => page.getByRole('table', { name: 'Access keys' })
const actions = (page: Page) => page.getByRole('group', { name: 'access key actions' })

async function openAccessKeys(page: Page) {
  await page
    .getByRole('navigation', { name: 'Resources' })
    .getByRole('link', { name: 'Access keys', exact: true })
    .click()
  await page.getByRole('heading', { name: 'Access keys', level: 1 }).waitFor()
}

async function expectNoViolationsInBothThemes(page: Page, name: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await expectNoSeriousA11yViolations(page)
  }
  await screenshotBothThemes(page, name)
}

test('alice creates an expiring access key, copies its secret from the one place it is shown, then retires the key', async ({
  page,
  context,
  signIn,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await signIn('alice')
  await openAccessKeys(page)
  // The account's one key (the console's own) cannot be deleted: OUTSCALE keeps one.
  await expectRowVisible(keyTable(page), { State: 'ACTIVE', Expires: 'Never' })
  await expectNoViolationsInBothThemes(page, 'access-key-list')

  await page.getByRole('button', { name: 'Create access key' }).click()
  const dialog = page.getByRole('dialog', { name: 'Create access key' })
  await dialog.getByRole('textbox', { name: 'Tag (optional)' }).fill('ci-runner')
  await dialog.getByLabel('Expires on (optional)').fill('2020-01-01')
  await dialog.getByRole('button', { name: 'Create access key' }).click()
  await expect(dialog.getByText('The expiration date must be after today.').first()).toBeVisible()
  await dialog.getByLabel('Expires on (optional)').fill('2099-06-30')
  await expectNoViolationsInBothThemes(page, 'access-key-create')
  await dialog.getByRole('button', { name: 'Create access key' }).click()

  await expect(dialog.getByRole('alert')).toContainText('This is the only time the secret key is shown')
  const secret = await dialog.getByRole('textbox', { name: 'Secret key' }).inputValue()
  const id = await dialog.getByRole('textbox', { name: 'Access key ID' }).inputValue()
  expect(secret).toMatch(/^[A-Z0-9]{40}$/)
  expect(id).toMatch(/^[A-Z0-9]{20}$/)
  await dialog.getByRole('button', { name: 'Copy secret key' }).click()
  await expect(dialog.getByRole('button', { name: 'Copied', exact: true })).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret)
  await expectNoViolationsInBothThemes(page, 'access-key-secret')
  await dialog.getByRole('button', { name: 'I have copied it, close' }).click()
  await expect(dialog).toHaveCount(0)

  // Once the dialog is closed the secret is nowhere in the page or the browser's storage.
  await expectRowVisible(keyTable(page), { Tag: 'ci-runner', ID: id, State: 'ACTIVE', Expires: /2099/ })
  expect(await page.content()).not.toContain(secret)
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }))
  expect(stored).not.toContain(secret)

  await keyTable(page).getByRole('link', { name: id }).click()
  await page.getByRole('heading', { name: 'ci-runner', level: 1 }).waitFor()
  await actions(page).getByRole('button', { name: 'Deactivate' }).click()
  let confirm = page.getByRole('dialog', { name: `Deactivate ${id}` })
  await expect(confirm).toContainText('If the console itself signs with it')
  await confirm.getByRole('button', { name: 'Deactivate key' }).click()
  await expect(page.getByRole('region', { name: 'Properties' })).toContainText('INACTIVE')
  await expect(actions(page).getByRole('button', { name: 'Activate' })).toBeVisible()
  await expectNoViolationsInBothThemes(page, 'access-key-detail')

  // The audit trail names the creation and the change, never the secret.
  await page
    .getByRole('navigation', { name: 'access key sections' })
    .getByRole('link', { name: 'Audit trail' })
    .click()
  await expect(page.getByRole('region', { name: 'Audit trail' })).toContainText('UpdateAccessKey')
  expect(await page.content()).not.toContain(secret)

  await actions(page).getByRole('button', { name: 'Delete' }).click()
  confirm = page.getByRole('dialog', { name: `Delete ${id}` })
  await confirm.getByRole('textbox').fill(id)
  await confirm.getByRole('button', { name: 'Delete access key' }).click()
  await page.getByRole('heading', { name: 'Access keys', level: 1 }).waitFor()
  await expectNoRow(keyTable(page), { ID: id })
  // The last key left cannot be deleted; its page says why.
  await (await rowOf(keyTable(page), { State: 'ACTIVE' })).getByRole('link').first().click()
  await expect(actions(page).getByRole('button', { name: 'Delete' })).toHaveAttribute('aria-disabled', 'true')
  await expect(actions(page)).toContainText('It is the account’s last access key')
})

for (const user of ['vera', 'oscar'] as const) {
  test(`${user} is told access keys are for admins, and the console never asks OUTSCALE for them`, async ({
    page,
    signIn,
  }) => {
    const asked: string[] = []
    page.on('request', (request) => {
      if (request.url().includes('AccessKey')) asked.push(request.url())
    })
    await signIn(user)
    await openAccessKeys(page)
    const notAllowed = page.getByRole('region', { name: 'Not allowed' })
    await expect(notAllowed).toContainText("reading them is for the account's admins")
    await expect(notAllowed).toContainText('ReadAccessKeys')
    await page.goto(new URL('/demo-eu/access-keys/AKDEMO00000000000001', page.url()).href)
    await expect(page.getByRole('region', { name: 'Not allowed' })).toBeVisible()
    expect(asked).toEqual([])
  })
}

test('alice sees which key the console signs with, and is warned before cutting the console off with it', async ({
  page,
  signIn,
}) => {
  await signIn('alice')
  await openAccessKeys(page)
  await expectRowVisible(keyTable(page), { ID: /Used by this console/, State: 'ACTIVE' })
  await (await rowOf(keyTable(page), { ID: /Used by this console/ })).getByRole('link').first().click()
  await expect(page.getByRole('region', { name: 'Properties' })).toContainText('Used by this console')
  const id = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '')
  expect(id).toMatch(/^[A-Z0-9]{20}$/)

  await actions(page).getByRole('button', { name: 'Deactivate' }).click()
  const confirm = page.getByRole('dialog', { name: `Deactivate ${id}` })
  await expect(confirm.getByRole('alert')).toContainText(
    'The console itself signs this account’s calls with this key. Once it is deactivated, the console can no longer read or change anything in this account',
  )
  // Its id must be typed first, as for a deletion.
  const deactivate = confirm.getByRole('button', { name: 'Deactivate key' })
  await expect(deactivate).toHaveAttribute('aria-disabled', 'true')
  await confirm.getByRole('textbox', { name: /This cuts the console off/ }).fill(id)
  await expect(deactivate).not.toHaveAttribute('aria-disabled', 'true')
  await expectNoViolationsInBothThemes(page, 'access-key-console-warning')
  await confirm.getByRole('button', { name: 'Cancel' }).click()
  await expect(confirm).toHaveCount(0)
  await expect(page.getByRole('region', { name: 'Properties' })).toContainText('ACTIVE')
})
