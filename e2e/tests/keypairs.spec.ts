import { generateKeyPairSync } from 'node:crypto'
import type { Page } from '@playwright/test'
import { test, expect } from '../support/fixtures.ts'
import { expectNoRow, expectRowVisible, rowOf } from '../support/table.ts'
import { expectNoSeriousA11yViolations, screenshotBothThemes } from '../support/pages.ts'

const keypairTable = (page: Page) => page.getByRole('table', { name: 'Keypairs' })

async function openKeypairs(page: Page) {
  await page
    .getByRole('navigation', { name: 'Resources' })
    .getByRole('link', { name: 'Keypairs', exact: true })
    .click()
  await page.getByRole('heading', { name: 'Keypairs', level: 1 }).waitFor()
}

async function setFaults(simUrl: string, faults: object) {
  const response = await fetch(`${simUrl}/_sim/faults`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(faults),
  })
  expect(response.ok).toBe(true)
}

test('alice finds a keypair by its fingerprint, reads its properties, tags it and deletes it by typing its name', async ({
  page,
  signIn,
}) => {
  await signIn('alice')
  await openKeypairs(page)
  const table = keypairTable(page)
  await expectRowVisible(table, { Name: 'ops-team', Type: 'ssh-rsa' })
  await page.getByLabel('Search', { exact: true }).fill('7c:e0:41')
  await expectRowVisible(table, { Name: 'ci-deploy' })
  await expectNoRow(table, { Name: 'ops-team' })

  await table.getByRole('link', { name: 'ci-deploy', exact: true }).click()
  await page.getByRole('heading', { name: 'ci-deploy', level: 1 }).waitFor()
  await expect(page.getByRole('region', { name: 'Properties' })).toContainText(
    '7c:e0:41:b8:93:5a:2f:16:dd:04:8e:c3:71:a9:5b:20',
  )

  await page.getByRole('navigation', { name: 'keypair sections' }).getByRole('link', { name: 'Tags' }).click()
  await page.getByRole('button', { name: 'Add tag' }).click()
  await page.getByLabel('Tag key 1').fill('team')
  await page.getByLabel('Tag value 1').fill('ci')
  await page.getByRole('button', { name: 'Save tags' }).click()
  await expect(page.getByText('Tags saved')).toBeVisible()

  await page.getByRole('group', { name: 'keypair actions' }).getByRole('button', { name: 'Delete' }).click()
  const dialog = page.getByRole('dialog', { name: 'Delete ci-deploy' })
  const confirm = dialog.getByRole('button', { name: 'Delete keypair' })
  await expect(confirm).toHaveAccessibleDescription('Type ci-deploy to confirm.')
  await dialog.getByLabel(/Type the keypair’s name/).fill('ci-deploy')
  await confirm.click()
  await page.getByRole('heading', { name: 'Keypairs', level: 1 }).waitFor()
  await page.getByLabel('Search', { exact: true }).fill('')
  await expectRowVisible(table, { Name: 'ops-team' })
  await expectNoRow(table, { Name: 'ci-deploy' })
})

test('deleting several keypairs at once shows a result for each', async ({ page, signIn }) => {
  await signIn('alice')
  await openKeypairs(page)
  const table = keypairTable(page)
  for (const name of ['ops-team', 'ci-deploy'])
    await (await rowOf(table, { Name: name })).getByRole('checkbox').check()
  await page
    .getByRole('group', { name: 'Actions on selected keypairs' })
    .getByRole('button', { name: 'Delete', exact: true })
    .click()
  const dialog = page.getByRole('dialog', { name: 'Delete 2 keypairs' })
  await dialog.getByRole('textbox').fill('delete')
  await dialog.getByRole('button', { name: 'Delete 2 keypairs' }).click()
  const perItem = page
    .getByRole('region', { name: 'Operation results' })
    .getByRole('table', { name: 'Results per item' })
  // Once deleted, the keypairs are known by their ids only.
  await expectRowVisible(perItem, { Resource: /^key-/, Result: 'Succeeded' })
  await expect(page.getByRole('region', { name: 'Operation results' })).toContainText('2 succeeded, 0 failed')
  await expect(page.getByText('No keypairs in this account yet')).toBeVisible()
})

// Keypairs are ordinary reads (names and fingerprints, never a private key): a viewer sees them, and every change is
// disabled with the permission it lacks.
test('vera, a viewer, reads the keypairs and sees create, import and delete disabled with the reason', async ({
  page,
  signIn,
}) => {
  await signIn('vera')
  await openKeypairs(page)
  await expectRowVisible(keypairTable(page), { Name: 'ops-team' })
  for (const name of ['Create keypair', 'Import keypair']) {
    const button = page.getByRole('button', { name, exact: true })
    await expect(button).toBeDisabled()
    await expect(button).toHaveAccessibleDescription(
      'Your role (viewer) on Demo (Europe) does not allow CreateKeypair.',
    )
  }
  await keypairTable(page).getByRole('link', { name: 'ops-team', exact: true }).click()
  const remove = page.getByRole('group', { name: 'keypair actions' }).getByRole('button', { name: 'Delete' })
  await expect(remove).toBeDisabled()
  await expect(remove).toHaveAccessibleDescription(
    'Your role (viewer) on Demo (Europe) does not allow DeleteKeypair.',
  )
})

test('alice creates a keypair from the list, gets its private key once, and imports a public key', async ({
  page,
  signIn,
}) => {
  await signIn('alice')
  await openKeypairs(page)
  await page.getByRole('button', { name: 'Create keypair', exact: true }).click()
  const create = page.getByRole('dialog', { name: 'Create keypair' })
  await create.getByRole('textbox', { name: 'Name', exact: true }).fill('list-made')
  await create.getByRole('button', { name: 'Create keypair' }).click()
  await expect(create.getByRole('alert')).toContainText('you will not see it again')
  await expect(create.getByRole('textbox', { name: 'Private key of list-made' })).toHaveValue(/PRIVATE KEY/)
  const downloading = page.waitForEvent('download')
  await create.getByRole('button', { name: 'Download list-made.pem' }).click()
  await downloading
  await create.getByRole('button', { name: 'Done' }).click()
  await expectRowVisible(keypairTable(page), { Name: 'list-made' })
  expect(await page.evaluate(() => JSON.stringify(sessionStorage))).not.toContain('PRIVATE KEY')

  const key = generateKeyPairSync('ed25519').publicKey.export({ format: 'jwk' }).x ?? ''
  const field = (data: Buffer) => Buffer.concat([Buffer.from([0, 0, 0, data.length]), data])
  const wire = Buffer.concat([field(Buffer.from('ssh-ed25519')), field(Buffer.from(key, 'base64url'))])
  await page.getByRole('button', { name: 'Import keypair', exact: true }).click()
  const importing = page.getByRole('dialog', { name: 'Import keypair' })
  await importing.getByRole('textbox', { name: 'Name', exact: true }).fill('laptop')
  await importing
    .getByRole('textbox', { name: 'Public key' })
    .fill(`ssh-ed25519 ${wire.toString('base64')} me@laptop`)
  await importing.getByRole('button', { name: 'Import keypair' }).click()
  await expect(importing).toHaveCount(0)
  await expectRowVisible(keypairTable(page), { Name: 'laptop' })
})

test('when OUTSCALE fails to list the keypairs, the page says so with the RequestId and retries on demand', async ({
  page,
  signIn,
  sim,
}) => {
  await signIn('alice')
  await setFaults(sim.url, { errors: [{ action: 'ReadKeypairs', status: 503 }] })
  await openKeypairs(page)
  const alert = page.getByRole('main').getByRole('alert')
  await expect(alert).toContainText('could not be loaded')
  await expect(alert).toContainText(/RequestId: [0-9a-f-]{36}/)
  await setFaults(sim.url, {})
  await alert.getByRole('button', { name: 'Retry' }).click()
  await expectRowVisible(keypairTable(page), { Name: 'ops-team' })
})

test('an account without keypairs says how to get one', async ({ page, signIn, sim }) => {
  await sim.reset('empty')
  await signIn('alice', '/demo-eu/keypairs')
  await expect(page.getByText('No keypairs in this account yet')).toBeVisible()
  await expect(page.getByText('A keypair lets you connect to a VM with SSH.')).toBeVisible()
})

test('the keypair pages pass axe in the light and the dark theme', async ({ page, signIn }) => {
  await signIn('alice')
  await openKeypairs(page)
  await keypairTable(page).getByRole('link', { name: 'ops-team', exact: true }).waitFor()
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await expectNoSeriousA11yViolations(page)
  }
  await screenshotBothThemes(page, 'keypair-list')
  await keypairTable(page).getByRole('link', { name: 'ops-team', exact: true }).click()
  await page.getByRole('heading', { name: 'ops-team', level: 1 }).waitFor()
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await expectNoSeriousA11yViolations(page)
  }
  await screenshotBothThemes(page, 'keypair-detail')
})
