// Someone else on the team, in their own browser, and calls to OUTSCALE through the console as the page sends them.
import { expect, type APIRequestContext, type Browser, type Page } from '@playwright/test'
import { signInThroughIdp, type DemoUser } from './fixtures.ts'
import { ACCOUNT } from './console.ts'

/** `user` signed in, in a browser of their own (their own cookies), on the console's first page. */
export async function anotherPerson(
  browser: Browser,
  baseURL: string,
  user: DemoUser,
): Promise<{ page: Page; close(): Promise<void> }> {
  const context = await browser.newContext({ baseURL })
  const page = await context.newPage()
  await page.goto('/')
  await signInThroughIdp(page, user)
  await expect(page).toHaveURL((url) => url.origin === new URL(baseURL).origin)
  return { page, close: () => context.close() }
}

/** An OUTSCALE call through the console, with the headers the console page sends; it must succeed. */
export async function callOsc<T = Record<string, unknown>>(
  request: APIRequestContext,
  baseURL: string,
  action: string,
  body: unknown,
): Promise<T> {
  const response = await request.post(`/api/osc/${ACCOUNT}/${action}`, {
    data: body,
    headers: { 'X-Requested-With': 'osc-console', Origin: baseURL },
  })
  expect(response.status(), await response.text()).toBe(200)
  return (await response.json()) as T
}

/** Creates `count` of the smallest VMs from the first available image (the demo seed leaves 5 of 45). */
export async function createVms(request: APIRequestContext, baseURL: string, count: number): Promise<void> {
  const { Images = [] } = await callOsc<{ Images?: Array<{ ImageId: string }> }>(
    request,
    baseURL,
    'ReadImages',
    { Filters: { States: ['available'] } },
  )
  await callOsc(request, baseURL, 'CreateVms', {
    ImageId: Images[0]!.ImageId,
    VmType: 'tinav5.c1r1p2',
    MinVmsCount: count,
    MaxVmsCount: count,
  })
}
