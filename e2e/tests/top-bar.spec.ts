import { test, expect } from '../support/fixtures.ts'
import type { Page } from '@playwright/test'
import { screenshotBothThemes } from '../support/pages.ts'
import { followBrowserLanguage } from '../support/language.ts'

/** Every control of the top bar a person can reach, with the ones whose left or right edge leaves the window. */
async function controlsOutsideTheWindow(page: Page) {
  const bar = page.getByRole('banner')
  const width = page.viewportSize()!.width
  const outside: string[] = []
  for (const control of await bar.locator('button, a, select').all()) {
    if (!(await control.isVisible())) continue
    const box = (await control.boundingBox())!
    const name = (await control.getAttribute('aria-label')) ?? (await control.innerText()).trim()
    if (box.x < 0 || box.x + box.width > width) outside.push(`${name} (${box.x}–${box.x + box.width})`)
  }
  return outside
}

// 1536 leaves the bar room for every word; 1280 is a common laptop window; at 1024 the sidebar still shows beside the page; at 800 it opens from Menu.
for (const width of [1536, 1280, 1024, 800]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } })

    test(`the top bar's controls all fit in a ${width} px window and the user menu opens`, async ({
      page,
      signIn,
    }) => {
      await signIn('alice', '/demo-eu/vms')
      const bar = page.getByRole('banner')
      await expect(bar.getByRole('combobox', { name: 'Account' })).toBeVisible()
      await expect(bar.getByRole('button', { name: 'Go to' })).toBeVisible()
      expect(await controlsOutsideTheWindow(page)).toEqual([])
      await screenshotBothThemes(page, `top-bar-${width}`)

      // The theme and the language stay within reach, in the bar or in the user menu.
      const userMenu = bar.getByRole('button', { name: /^User menu: Alice/ })
      await userMenu.click()
      await expect(page.getByRole('button', { name: 'Sign out' })).toBeInViewport()
      await expect(page.getByRole('combobox', { name: 'Theme' })).toBeInViewport()
      await expect(page.getByRole('combobox', { name: 'Language' })).toBeInViewport()
      await page.keyboard.press('Escape')
      await expect(userMenu).toBeFocused()
    })
  })
}

test.describe('in French at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' })

  test('the longer words still fit in the top bar', async ({ page, signIn }) => {
    await signIn('alice', '/demo-eu/vms')
    // Another story may have chosen English for alice: the French browser decides here.
    await followBrowserLanguage(page)
    await page.reload()
    await expect(page.getByRole('banner').getByRole('combobox', { name: 'Compte' })).toBeVisible()
    expect(await controlsOutsideTheWindow(page)).toEqual([])
  })
})
