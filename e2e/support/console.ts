// Where things are in the console, by role and accessible name, so that stories read like what a person does.
import { expect, type Page } from '@playwright/test'

export const ACCOUNT = 'demo-eu'

export const vmTable = (page: Page) => page.getByRole('table', { name: 'Virtual machines' })

export async function openVmList(page: Page) {
  await page
    .getByRole('navigation', { name: 'Resources' })
    .getByRole('link', { name: 'VMs', exact: true })
    .click()
  await page.getByRole('heading', { name: 'VMs', level: 1 }).waitFor()
}

export async function openVm(page: Page, name: string) {
  await vmTable(page).getByRole('link', { name, exact: true }).click()
  await page.getByRole('heading', { name, level: 1 }).waitFor()
}

/** A button among the actions of the VM detail page: Start, Stop, Force stop, Reboot, Edit, Terminate. */
export const vmAction = (page: Page, name: string) =>
  page.getByRole('group', { name: 'VM actions' }).getByRole('button', { name, exact: true })

/** Types in the list's search box: the list is virtualised, so a row far down is found the way a person would. */
export async function searchList(page: Page, text: string) {
  await page.getByLabel('Search', { exact: true }).fill(text)
  // The list applies a search after a short pause and re-renders its rows; a click before that can land on a
  // row that is being replaced. The search is in the URL once applied.
  await expect.poll(() => new URL(page.url()).searchParams.get('q') ?? '', { timeout: 15_000 }).toBe(text)
}

/** The id of the VM whose page is open, from its address. */
export function openVmId(page: Page): string {
  const id = new URL(page.url()).pathname.split('/').at(-1)!
  expect(id).toMatch(/^i-[0-9a-f]{8}$/)
  return id
}

/** Every OUTSCALE call the page sends through the console from now on, by action. */
export function watchOscCalls(page: Page): string[] {
  const calls: string[] = []
  page.on('request', (request) => {
    const match = /\/api\/osc\/[^/]+\/(\w+)$/.exec(new URL(request.url()).pathname)
    if (match) calls.push(match[1]!)
  })
  return calls
}
