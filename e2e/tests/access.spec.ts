import type { Page } from '@playwright/test'
import { test, expect } from '../support/fixtures.ts'
import { expectNoRow, expectRowVisible, rowOf } from '../support/table.ts'

const resources = (page: Page) => page.getByRole('navigation', { name: 'Resources' })

async function openSection(page: Page, name: 'EIM users' | 'API access rules') {
  await resources(page).getByRole('link', { name, exact: true }).click()
  await page.getByRole('heading', { name, level: 1 }).waitFor()
}

test('alice creates an EIM user and a key for it, sees its secret exactly once, then removes both', async ({
  page,
  signIn,
}) => {
  await signIn('alice')
  await openSection(page, 'EIM users')
  await page.getByRole('button', { name: 'Create EIM user' }).click()
  const create = page.getByRole('dialog', { name: 'Create EIM user' })
  await create.getByRole('textbox', { name: 'Name' }).fill('ci bot')
  await create.getByRole('textbox', { name: 'Path (optional)' }).fill('/robots/')
  await create.getByRole('button', { name: 'Create user' }).click()
  await expect(create.getByText('A name is 1 to 64 letters').first()).toBeVisible()
  await create.getByRole('textbox', { name: 'Name' }).fill('ci-bot')
  await create.getByRole('button', { name: 'Create user' }).click()
  await page.getByRole('heading', { name: 'ci-bot', level: 1 }).waitFor()
  await expect(page.getByRole('region', { name: 'Properties' })).toContainText('/robots/')

  await page
    .getByRole('navigation', { name: 'EIM user sections' })
    .getByRole('link', { name: 'Access keys' })
    .click()
  const keysRegion = page.getByRole('region', { name: 'Access keys' })
  await expect(keysRegion).toContainText('This user has no access key.')
  await keysRegion.getByRole('button', { name: 'Create access key' }).click()
  const dialog = page.getByRole('dialog', { name: 'Create access key for ci-bot' })
  await dialog.getByRole('textbox', { name: 'Tag (optional)' }).fill('pipeline')
  await dialog.getByRole('button', { name: 'Create access key' }).click()
  await expect(dialog.getByRole('alert')).toContainText('This is the only time the secret key is shown')
  const secret = await dialog.getByRole('textbox', { name: 'Secret key' }).inputValue()
  const id = await dialog.getByRole('textbox', { name: 'Access key ID' }).inputValue()
  expect(secret).toMatch(/^[A-Z0-9]{40}$/)
  await dialog.getByRole('button', { name: 'I have copied it, close' }).click()
  await expect(dialog).toHaveCount(0)
  const keys = page.getByRole('table', { name: 'Access keys of ci-bot' })
  await expectRowVisible(keys, { ID: id, State: 'ACTIVE', Tag: 'pipeline' })
  expect(await page.content()).not.toContain(secret)
  // The user's key is its own, not the account's.
  await resources(page).getByRole('link', { name: 'Access keys', exact: true }).click()
  await expectNoRow(page.getByRole('table', { name: 'Access keys' }), { ID: id })
  await page.goBack()

  // A user holding a key cannot be deleted; an active key must be deactivated first.
  const actions = page.getByRole('group', { name: 'EIM user actions' })
  await expect(actions.getByRole('button', { name: 'Delete' })).toHaveAttribute('aria-disabled', 'true')
  await expect(actions).toContainText('The user still has access keys')
  let row = await rowOf(keys, { ID: id })
  await expect(row.getByRole('button', { name: 'Delete' })).toHaveAttribute('aria-disabled', 'true')
  await row.getByRole('button', { name: 'Deactivate' }).click()
  await page
    .getByRole('dialog', { name: `Deactivate ${id}` })
    .getByRole('button', { name: 'Deactivate key' })
    .click()
  await expectRowVisible(keys, { ID: id, State: 'INACTIVE' })
  row = await rowOf(keys, { ID: id })
  await row.getByRole('button', { name: 'Delete' }).click()
  const confirm = page.getByRole('dialog', { name: `Delete ${id}` })
  await confirm.getByRole('textbox').fill(id)
  await confirm.getByRole('button', { name: 'Delete access key' }).click()
  await expect(keysRegion).toContainText('This user has no access key.')

  await actions.getByRole('button', { name: 'Edit' }).click()
  const edit = page.getByRole('dialog', { name: 'Edit ci-bot' })
  await edit.getByRole('textbox', { name: 'Name' }).fill('ci-runner')
  await edit.getByRole('button', { name: 'Save changes' }).click()
  await page.getByRole('heading', { name: 'ci-runner', level: 1 }).waitFor()

  await actions.getByRole('button', { name: 'Delete' }).click()
  const del = page.getByRole('dialog', { name: 'Delete ci-runner' })
  await del.getByRole('textbox').fill('ci-runner')
  await del.getByRole('button', { name: 'Delete user' }).click()
  await page.getByRole('heading', { name: 'EIM users', level: 1 }).waitFor()
  await expect(page.getByText('No EIM user in this account')).toBeVisible()
})

test('alice creates, narrows and deletes an API access rule, and is told what she may be cutting off', async ({
  page,
  signIn,
}) => {
  await signIn('alice')
  await openSection(page, 'API access rules')
  const table = page.getByRole('table', { name: 'API access rules' })
  await expectRowVisible(table, { Description: 'Allows all IPv4 domain', 'IP ranges': '0.0.0.0/0' })

  await page.getByRole('button', { name: 'Create API access rule' }).click()
  const create = page.getByRole('dialog', { name: 'Create API access rule' })
  await create.getByRole('textbox', { name: 'Description (optional)' }).fill('office')
  await create.getByRole('textbox', { name: 'IP ranges' }).fill('192.0.2.0/24\n10.0.0.0/33')
  await create.getByRole('button', { name: 'Create rule' }).click()
  await expect(create.getByText('10.0.0.0/33 is not an IPv4 address or CIDR block').first()).toBeVisible()
  await create.getByRole('textbox', { name: 'IP ranges' }).fill('192.0.2.0/24\n198.51.100.7')
  await create.getByRole('button', { name: 'Create rule' }).click()
  await expect(create).toHaveCount(0)
  await expectRowVisible(table, { Description: 'office', 'IP ranges': '192.0.2.0/24, 198.51.100.7' })

  await table.getByRole('link', { name: 'office' }).click()
  const actions = page.getByRole('group', { name: 'API access rule actions' })
  await actions.getByRole('button', { name: 'Edit' }).click()
  const edit = page.getByRole('dialog', { name: /^Edit aar-/ })
  await edit.getByRole('textbox', { name: 'IP ranges' }).fill('192.0.2.0/24')
  await expect(edit.getByRole('alert')).toContainText('this rule no longer allows 198.51.100.7')
  await expect(edit.getByRole('alert')).toContainText(
    'the console cannot know the address OUTSCALE sees its calls come from',
  )
  await edit.getByRole('button', { name: 'Save rule' }).click()
  await expect(edit).toHaveCount(0)
  await expect(page.getByRole('region', { name: 'Properties' })).not.toContainText('198.51.100.7')

  const id = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '')
  await actions.getByRole('button', { name: 'Delete' }).click()
  const del = page.getByRole('dialog', { name: `Delete ${id}` })
  await expect(del).toContainText('the console loses this account')
  await del.getByRole('textbox').fill(id)
  await del.getByRole('button', { name: 'Delete rule' }).click()
  await page.getByRole('heading', { name: 'API access rules', level: 1 }).waitFor()
  await expectNoRow(table, { Description: 'office' })

  // The last rule stays: its page says why it cannot be deleted.
  await table.getByRole('link', { name: 'Allows all IPv4 domain' }).click()
  await expect(actions.getByRole('button', { name: 'Delete' })).toHaveAttribute('aria-disabled', 'true')
  await expect(actions).toContainText('It is the account’s last API access rule')
})

for (const user of ['vera', 'oscar'] as const) {
  test(`${user} is shown neither the EIM users nor the API access rules`, async ({ page, signIn }) => {
    await signIn(user)
    await openSection(page, 'EIM users')
    await expect(page.getByRole('region', { name: 'Not allowed' })).toContainText('ReadUsers')
    await expect(page.getByRole('button', { name: 'Create EIM user' })).toHaveCount(0)
    await openSection(page, 'API access rules')
    const notAllowed = page.getByRole('region', { name: 'Not allowed' })
    await expect(notAllowed).toContainText('ReadApiAccessRules')
    await expect(page.getByRole('button', { name: 'Create API access rule' })).toHaveCount(0)
  })
}
