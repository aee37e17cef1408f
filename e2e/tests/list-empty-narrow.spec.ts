import { test, expect } from '../support/fixtures.ts'

test.use({ viewport: { width: 400, height: 800 } })

test('in a 400 px window an empty list says so within the window, though its table scrolls wider', async ({
  page,
  signIn,
}) => {
  await signIn('oscar', '/demo-eu/net-access-points')
  const title = page.getByText('No Net access point in this account yet')
  await expect(title).toBeVisible()
  // The table is wider than the window and scrolls in its own box; the words stand in the part of it one sees.
  const table = page.getByRole('table', { name: 'Net access points' })
  expect((await table.boundingBox())!.width).toBeGreaterThan(400)
  const box = (await title.boundingBox())!
  expect(box.x).toBeGreaterThanOrEqual(0)
  expect(box.x + box.width).toBeLessThanOrEqual(400)
})
