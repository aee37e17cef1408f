import { test, expect } from '../support/fixtures.ts'
import { vmTable } from '../support/console.ts'
import { expectRowVisible } from '../support/table.ts'
import { expectNoSeriousA11yViolations, screenshotBothThemes } from '../support/pages.ts'

test.use({ viewport: { width: 480, height: 800 } })

test('in a narrow window the page takes the whole width and the sidebar opens from the Menu button, keyboard included', async ({
  page,
  signIn,
}) => {
  // The VM list's wide table is the page most likely to stick out sideways; people land on the home.
  await signIn('alice', '/demo-eu/vms')
  await expectRowVisible(vmTable(page), { Name: 'web-prod-1', State: 'running' })
  // Nothing sticks out sideways: the wide table scrolls in its own box, the page itself does not.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(480)
  const pages = page.getByRole('navigation', { name: 'Resources' })
  await expect(pages).toBeHidden()

  const menu = page.getByRole('button', { name: 'Menu', exact: true })
  await menu.click()
  await expect(menu).toHaveAttribute('aria-expanded', 'true')
  await expect(pages).toBeVisible()
  // The focus moves into the menu, and Escape gives it back.
  await expect(pages.getByRole('link').first()).toBeFocused()
  await expectNoSeriousA11yViolations(page)
  await screenshotBothThemes(page, 'narrow-menu')
  await page.keyboard.press('Escape')
  await expect(pages).toBeHidden()
  await expect(menu).toBeFocused()

  // Choosing a page goes there and closes the menu.
  await page.keyboard.press('Enter')
  await pages.getByRole('link', { name: 'Quotas', exact: true }).click()
  await expect(page).toHaveURL(/\/demo-eu\/quotas$/)
  await expect(page.getByRole('heading', { name: 'Quotas', level: 1 })).toBeVisible()
  await expect(pages).toBeHidden()
  await expect(menu).toHaveAttribute('aria-expanded', 'false')
})
