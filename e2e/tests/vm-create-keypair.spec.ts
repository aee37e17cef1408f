import { generateKeyPairSync } from 'node:crypto'
import { test, expect } from '../support/fixtures.ts'
import { downloadedText } from '../support/csv.ts'

/** An OpenSSH public key line whose key data is `key` (ssh-keygen's wire format). */
function ed25519Line(key: Buffer): string {
  const field = (data: Buffer) => Buffer.concat([Buffer.from([0, 0, 0, data.length]), data])
  return `ssh-ed25519 ${Buffer.concat([field(Buffer.from('ssh-ed25519')), field(key)]).toString('base64')} me@laptop`
}

test('a keypair created while creating a VM hands its private key over once, and the form selects it', async ({
  page,
  signIn,
}) => {
  await signIn('alice', '/demo-eu/vms/new')
  const form = page.getByRole('form', { name: 'Create VM' })
  await form.getByRole('button', { name: 'Create keypair' }).click()
  const dialog = page.getByRole('dialog', { name: 'Create keypair' })
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('e2e-laptop')
  await dialog.getByRole('button', { name: 'Create keypair' }).click()

  await expect(dialog.getByRole('alert')).toContainText('you will not see it again')
  await expect(dialog.getByRole('textbox', { name: 'Private key of e2e-laptop' })).toHaveValue(
    /^-----BEGIN RSA PRIVATE KEY-----/,
  )
  const downloading = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Download e2e-laptop.pem' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe('e2e-laptop.pem')
  expect(await downloadedText(download)).toMatch(/^-----BEGIN RSA PRIVATE KEY-----/)
  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect(dialog).toHaveCount(0)
  await expect(form.getByRole('combobox', { name: 'Keypair' })).toHaveValue('e2e-laptop')

  // Nothing keeps the key once the dialog is closed: opened again, it starts empty; the tab's storage never had it.
  await form.getByRole('button', { name: 'Create keypair' }).click()
  await expect(dialog.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('')
  await expect(dialog.getByRole('textbox', { name: /Private key/ })).toHaveCount(0)
  expect(await page.evaluate(() => JSON.stringify(sessionStorage))).not.toContain('PRIVATE KEY')
})

test('an imported public key is checked before it is sent, and OUTSCALE’s refusal shows on the field', async ({
  page,
  signIn,
}) => {
  await signIn('alice', '/demo-eu/vms/new')
  const form = page.getByRole('form', { name: 'Create VM' })
  await form.getByRole('button', { name: 'Import keypair' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import keypair' })
  const publicKey = dialog.getByRole('textbox', { name: 'Public key' })
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('e2e-imported')

  await publicKey.fill('ssh-ed25519 not-base64!')
  await dialog.getByRole('button', { name: 'Import keypair' }).click()
  await expect(publicKey).toHaveAttribute('aria-invalid', 'true')
  await expect(publicKey).toHaveAccessibleDescription(/the key itself in base64/)

  // Well formed, but too short to be a key: only OUTSCALE can tell, and its answer lands on the field.
  await publicKey.fill(ed25519Line(Buffer.alloc(4, 1)))
  await dialog.getByRole('button', { name: 'Import keypair' }).click()
  await expect(publicKey).toHaveAccessibleDescription(/too short to be a key/)
  await expect(dialog.getByRole('alert')).toContainText('RequestId')

  const raw = generateKeyPairSync('ed25519').publicKey.export({ format: 'jwk' }).x ?? ''
  await publicKey.fill(ed25519Line(Buffer.from(raw, 'base64url')))
  await dialog.getByRole('button', { name: 'Import keypair' }).click()
  await expect(dialog).toHaveCount(0)
  await expect(form.getByRole('combobox', { name: 'Keypair' })).toHaveValue('e2e-imported')
})
