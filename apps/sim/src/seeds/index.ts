// Seeds: deterministic starting worlds. `empty` has the accounts only; `demo` a believable small company;
// `large` a big estate for performance work.
import { DEMO_ACCOUNTS, LINKED_ACCOUNTS } from '../accounts.ts'
import type { SimClock } from '../clock.ts'
import { seedPublicImages } from '../families/images.ts'
import { defaultSecurityGroup } from '../families/security-groups.ts'
import { World } from '../state.ts'
import { seedDemo } from './demo.ts'
import { seedLarge } from './large.ts'

export type SeedName = 'empty' | 'demo' | 'large'
export const SEED_NAMES: readonly SeedName[] = ['empty', 'demo', 'large']

export function buildWorld(seed: SeedName, clock: SimClock): World {
  const world = new World(clock, [...DEMO_ACCOUNTS, ...LINKED_ACCOUNTS], seed)
  const now = clock.now()
  for (const account of world.accounts.values()) {
    seedPublicImages(world, account, now)
    defaultSecurityGroup(world, account)
  }
  if (seed === 'demo') seedDemo(world, now)
  if (seed === 'large') seedLarge(world, now)
  return world
}
