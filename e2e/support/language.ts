import { expect, type Page } from '@playwright/test'

/**
 * Forgets any language an earlier story chose for the signed-in person (it is kept with them on the server and follows
 * them to every browser): the browser's own language decides again, from the next load of the page.
 */
export async function followBrowserLanguage(page: Page) {
  const status = await page.evaluate(
    async () =>
      (
        await fetch('/api/me/locale', {
          method: 'PUT',
          headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'osc-console' },
          body: JSON.stringify({ locale: null }),
        })
      ).status,
  )
  expect(status).toBe(200)
}
