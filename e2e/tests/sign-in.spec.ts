import { test, expect } from '../support/fixtures.ts'
import type { Page } from '@playwright/test'
import { openVm, openVmList, vmAction } from '../support/console.ts'

test.beforeEach(({ stack }) => {
  test.skip(stack.auth !== 'oidc', 'the console runs without sign-in')
})

async function expectRole(page: Page, name: RegExp, role: string) {
  await page.getByRole('button', { name: new RegExp(`^User menu: ${name.source}`) }).click()
  await expect(
    page.getByRole('paragraph').filter({ hasText: `Role on Demo (Europe): ${role}` }),
  ).toBeVisible()
  await page.keyboard.press('Escape')
}

test('alice, an admin, may use every action on a VM', async ({ page, signIn }) => {
  await signIn('alice')
  await openVmList(page)
  await expect(page.getByRole('button', { name: 'Create VM' })).toBeEnabled()
  await openVm(page, 'web-prod-1')
  for (const action of ['Stop', 'Force stop', 'Reboot', 'Edit', 'Terminate'])
    await expect(vmAction(page, action)).toBeEnabled()
  await expectRole(page, /Alice/, 'admin')
})

test('oscar, an operator, runs VMs: lifecycle actions and console output are his', async ({
  page,
  signIn,
}) => {
  await signIn('oscar')
  await openVmList(page)
  await expect(page.getByRole('button', { name: 'Create VM' })).toBeEnabled()
  await openVm(page, 'web-prod-1')
  for (const action of ['Stop', 'Force stop', 'Reboot', 'Edit', 'Terminate'])
    await expect(vmAction(page, action)).toBeEnabled()
  await page
    .getByRole('navigation', { name: 'VM sections' })
    .getByRole('link', { name: 'Console output' })
    .click()
  await expect(page.getByRole('button', { name: 'Show console output' })).toBeEnabled()
  await expectRole(page, /Oscar/, 'operator')
})

test('vera, a viewer, sees every action disabled with the reason', async ({ page, signIn }) => {
  await signIn('vera')
  await openVmList(page)
  const create = page.getByRole('button', { name: 'Create VM' })
  await expect(create).toBeDisabled()
  await expect(create).toHaveAccessibleDescription(
    'Your role (viewer) on Demo (Europe) does not allow CreateVms.',
  )
  await openVm(page, 'web-prod-1')
  for (const [action, call] of [
    ['Stop', 'StopVms'],
    ['Reboot', 'RebootVms'],
    ['Edit', 'UpdateVm'],
    ['Terminate', 'DeleteVms'],
  ] as const) {
    await expect(vmAction(page, action)).toBeDisabled()
    await expect(vmAction(page, action)).toHaveAccessibleDescription(
      `Your role (viewer) on Demo (Europe) does not allow ${call}.`,
    )
  }
  await page
    .getByRole('navigation', { name: 'VM sections' })
    .getByRole('link', { name: 'Console output' })
    .click()
  await expect(page.getByRole('button', { name: 'Show console output' })).toHaveAccessibleDescription(
    /does not allow ReadConsoleOutput/,
  )
  await expectRole(page, /Vera/, 'viewer')
})

test('signing out ends the session: the console asks to sign in again', async ({ page, signIn }) => {
  await signIn('alice')
  await openVmList(page)
  // From a page that is not polling every 2 s: a poll answered 401 during sign-out sends the person back
  // through /auth/login, racing the IdP's sign-out (reported to the web app).
  await openVm(page, 'web-prod-1')
  await page.getByRole('button', { name: /^User menu: Alice/ }).click()
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByRole('textbox', { name: 'Username' })).toBeVisible()
  await page.goto('/demo-eu/vms')
  await expect(page.getByRole('textbox', { name: 'Username' })).toBeVisible()
  await expect(page.getByRole('table', { name: 'Virtual machines' })).toHaveCount(0)
})

test('a session that ends while a form is half filled keeps the form, all but its user data, through signing in again', async ({
  page,
  signIn,
  baseURL,
}) => {
  await signIn('alice')
  await openVmList(page)
  await page.getByRole('button', { name: 'Create VM' }).click()
  const form = page.getByRole('form', { name: 'Create VM' })
  await form.getByRole('textbox', { name: 'Name', exact: true }).fill('half-filled')
  await form.getByRole('group', { name: 'Image' }).getByRole('radio').nth(1).check()
  await form.getByRole('textbox', { name: /cloud-init/ }).fill('#!/bin/sh\necho hello')

  // The console's session ends on the server (as after an idle timeout); the IdP's own session is still there.
  const ended = await page.request.post('/auth/logout', {
    data: {},
    headers: { 'X-Requested-With': 'osc-console', Origin: baseURL! },
  })
  expect(ended.ok()).toBe(true)

  const signingInAgain = page.waitForRequest(/\/auth\/login\?returnTo=%2Fdemo-eu%2Fvms%2Fnew/)
  await form.getByRole('button', { name: 'Create VM' }).click()
  await signingInAgain
  await expect(page).toHaveURL(/\/demo-eu\/vms\/new$/)
  const again = page.getByRole('form', { name: 'Create VM' })
  await expect(again.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('half-filled')
  await expect(again.getByRole('group', { name: 'Image' }).getByRole('radio').nth(1)).toBeChecked()
  // User data can hold secrets: it is never written to the tab's storage, so it is typed again.
  await expect(again.getByRole('textbox', { name: /cloud-init/ })).toHaveValue('')
  expect(await page.evaluate(() => JSON.stringify(sessionStorage))).not.toContain('echo hello')
})

test('nobody, in no group, cannot sign in and is told which groups give access', async ({ page, signIn }) => {
  await signIn('nobody')
  await expect(page.getByRole('heading', { name: 'You cannot use this console yet', level: 1 })).toBeVisible()
  await expect(page.getByRole('main')).toContainText('console-admins')
  await expect(page.getByRole('link', { name: 'Sign in as someone else' })).toBeVisible()
  // Going to a console page signs in again through the IdP's session, and is refused again.
  await page.goto('/demo-eu/vms')
  await expect(page.getByRole('heading', { name: 'You cannot use this console yet', level: 1 })).toBeVisible()
})
