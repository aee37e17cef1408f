// The fixtures every story uses: a stack per worker, a fresh demo simulator before each test, the simulator's
// clock, and sign-in through the dev IdP's page (a no-op while the console runs without sign-in).
import { test as base, expect, type Page } from '@playwright/test'
import { startStack, type Stack } from './stack.ts'

export type DemoUser = 'alice' | 'oscar' | 'vera' | 'bill' | 'nobody'

/** The demo people's groups at the dev IdP, as a story finds them. */
const DEMO_GROUPS: Record<DemoUser, readonly string[]> = {
  alice: ['console-admins'],
  oscar: ['console-operators'],
  vera: ['console-viewers'],
  bill: ['finance'],
  nobody: [],
}

export type Sim = {
  url: string
  /** Puts the simulator back to a seed (default `demo`): every story starts from the same cloud. */
  reset(seed?: 'demo' | 'empty' | 'large'): Promise<void>
  /** Moves the simulator's clock forward: pending VMs start, stopping VMs stop — without sleeping. */
  advance(seconds: number): Promise<void>
}

export type Idp = {
  /** The groups the dev IdP says `user` belongs to from now on; put back as they were after the story. */
  setGroups(user: DemoUser, groups: string[]): Promise<void>
}

type TestFixtures = {
  sim: Sim
  idp: Idp
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
  idp: async ({ stack }, use) => {
    const changed = new Map<DemoUser, string[]>()
    const put = async (user: DemoUser, groups: string[]) => {
      if (!stack.controlUrl)
        throw new Error('This stack runs without sign-in: there are no groups to change.')
      const response = await fetch(`${stack.controlUrl}/people/${user}/groups`, {
        method: 'PUT',
        body: JSON.stringify(groups),
      })
      if (!response.ok) throw new Error(`Changing ${user}'s groups answered ${response.status}`)
    }
    await use({
      async setGroups(user, groups) {
        if (!changed.has(user)) changed.set(user, [...DEMO_GROUPS[user]])
        await put(user, groups)
      },
    })
    for (const [user, groups] of changed) await put(user, groups)
  },
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
