// The fixtures every story uses: a stack per worker, a fresh demo simulator before each test, the simulator's
// clock, and sign-in through the dev IdP's page (a no-op while the console runs without sign-in).
import { test as base, expect, type Page } from '@playwright/test'
import { startStack, type Stack } from './stack.ts'

export type DemoUser = 'alice' | 'oscar' | 'vera' | 'bill' | 'nobody'

export type Sim = {
  url: string
  /** Puts the simulator back to a seed (default `demo`): every story starts from the same cloud. */
  reset(seed?: 'demo' | 'empty' | 'large'): Promise<void>
  /** Moves the simulator's clock forward: pending VMs start, stopping VMs stop — without sleeping. */
  advance(seconds: number): Promise<void>
}

type TestFixtures = {
  sim: Sim
  /** Signs in through the dev IdP's page as a demo user and lands on `path` of the console. */
  signIn(user: DemoUser, path?: string): Promise<void>
}

type WorkerFixtures = { stack: Stack }

async function simAdmin(simUrl: string, path: string, body: unknown) {
  const response = await fetch(`${simUrl}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  if (!response.ok) throw new Error(`Simulator ${path} answered ${response.status}: ${await response.text()}`)
}

export async function signInThroughIdp(page: Page, user: DemoUser) {
  await page.getByLabel(/user ?name/i).fill(user)
  await page.getByLabel(/password/i).fill('demo')
  await page.getByRole('button', { name: /sign in|log in|continue/i }).click()
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  stack: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture needs from this pattern
    async ({}, use, workerInfo) => {
      const stack = await startStack(String(workerInfo.workerIndex))
      await use(stack)
      await stack.stop()
    },
    { scope: 'worker', timeout: 90_000 },
  ],
  baseURL: async ({ stack }, use) => use(stack.baseUrl),
  sim: [
    async ({ stack }, use) => {
      const sim: Sim = {
        url: stack.simUrl,
        reset: (seed = 'demo') => simAdmin(stack.simUrl, '/_sim/reset', { seed }),
        advance: (seconds) => simAdmin(stack.simUrl, '/_sim/clock/advance', { seconds }),
      }
      await sim.reset()
      await use(sim)
    },
    { auto: true },
  ],
  signIn: async ({ page, stack }, use) => {
    await use(async (user, path = '/') => {
      await page.goto(path)
      if (stack.auth === 'oidc') {
        await signInThroughIdp(page, user)
        await expect(page).toHaveURL((url) => url.origin === new URL(stack.baseUrl).origin)
      }
    })
  },
})

export { expect }
