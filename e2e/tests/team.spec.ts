// The team page: why a person holds a role, who is signed in, and an admin ending someone's session.
import { test, expect } from '../support/fixtures.ts'
import { anotherPerson } from '../support/team.ts'
import { expectNoSeriousA11yViolations } from '../support/pages.ts'
import { openVm, vmAction } from '../support/console.ts'

test('vera reads that her viewer role comes from the console-viewers binding, and what a viewer may do', async ({
  page,
  signIn,
}) => {
  await signIn('vera', '/demo-eu/team')
  await expect(page.getByRole('heading', { name: 'Team', level: 1 })).toBeVisible()
  const access = page.getByRole('table', { name: 'Your access' })
  await expect(access.getByRole('row', { name: /Demo \(Europe\).*viewer/ })).toContainText(
    'group console-viewers → viewer on every account',
  )
  await expect(page.getByText(/Your groups are read again from your identity provider every/)).toBeVisible()
  const roles = page.getByRole('table', { name: 'What it allows' })
  await expect(roles.getByRole('row', { name: /^viewer/ })).toContainText('changes nothing')
  // A viewer sees only her own sessions, and no people.
  await expect(page.getByRole('region', { name: 'People' })).toHaveCount(0)
  // Her earlier sessions may still be active; none of anyone else's is listed.
  const sessions = page.getByRole('table', { name: 'Sessions' })
  await expect(sessions.getByText('(this browser)')).toHaveCount(1)
  await expect(sessions.getByRole('row').filter({ hasNotText: 'Vera Nowak' })).toHaveCount(1) // the header
})

test('alice ends oscar’s session: his next click lands on the sign-in page', async ({
  page,
  signIn,
  browser,
  baseURL,
}) => {
  const oscar = await anotherPerson(browser, baseURL!, 'oscar')
  try {
    await signIn('alice', '/demo-eu/team')
    const people = page.getByRole('table', { name: 'People' })
    await expect(people.getByRole('row', { name: /Oscar Lefèvre/ })).toBeVisible()
    // Sessions are listed most recently active first: oscar's newest is the browser he just signed in with.
    const sessions = page.getByRole('table', { name: 'Sessions' })
    const his = sessions.getByRole('button', { name: /End session of Oscar Lefèvre/ })
    const before = await his.count()
    await his.first().click()
    const dialog = page.getByRole('dialog', { name: 'End the session of Oscar Lefèvre?' })
    await dialog.getByRole('button', { name: 'End session' }).click()
    await expect(page.getByText('Session ended: its next request goes to the sign-in page.')).toBeVisible()
    await expect(his).toHaveCount(before - 1)

    await oscar.page.getByRole('navigation').getByRole('link', { name: 'Audit log' }).click()
    await expect(oscar.page.getByLabel(/user ?name/i)).toBeVisible()
  } finally {
    await oscar.close()
  }
})

test('the team page passes axe in the light and the dark theme', async ({ page, signIn }) => {
  await signIn('alice', '/demo-eu/team')
  await expect(page.getByRole('table', { name: 'People' })).toBeVisible()
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await expectNoSeriousA11yViolations(page)
  }
})

test('oscar, moved out of console-operators at the identity provider, finds Stop disabled with his new role as the reason', async ({
  page,
  signIn,
  idp,
}) => {
  await signIn('oscar', '/demo-eu/vms')
  await openVm(page, 'web-prod-1')
  await expect(vmAction(page, 'Stop')).toBeEnabled()
  await idp.setGroups('oscar', ['console-viewers'])
  // The console reads his groups again every few seconds in these stories (every 15 minutes by default).
  await expect(async () => {
    await page.reload()
    await expect(vmAction(page, 'Stop')).toHaveAttribute('aria-disabled', 'true', { timeout: 2_000 })
  }).toPass({ timeout: 30_000 })
  await expect(vmAction(page, 'Stop')).toHaveAccessibleDescription(/viewer/)
  await page.goto('/demo-eu/team')
  await expect(
    page.getByRole('table', { name: 'Your access' }).getByRole('row', { name: /Demo \(Europe\)/ }),
  ).toContainText('group console-viewers → viewer')
})
