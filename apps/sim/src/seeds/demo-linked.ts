// The accounts linked to the demo's paying account: no resources the console could list (the console holds no keys
// for them), only 90 days of usage, so that the paying account's `Overall` consumption shows them side by side.
// Deterministic like the rest of the demo.
import { Prng } from '../prng.ts'
import type { AccountState, World } from '../state.ts'
import { DAY } from './demo-infra.ts'

const HOURS_PER_MONTH = 730

interface LinkedPlan {
  vms: Array<{ type: string; days: number; stoppedDaysAgo?: number }>
  volumesGiB: number[]
}

const PLANS: readonly LinkedPlan[] = [
  {
    vms: [
      { type: 'tinav6.c4r8p2', days: 90 },
      { type: 'tinav6.c4r8p2', days: 60 },
      { type: 'tinav6.c8r32p1', days: 30, stoppedDaysAgo: 5 },
    ],
    volumesGiB: [200, 500],
  },
  { vms: [{ type: 'tinav5.c1r2p2', days: 45 }], volumesGiB: [20] },
]

/** Seeds each account linked to `paying` with VMs and volumes metered from a few weeks ago. */
export function seedLinkedAccounts(world: World, paying: AccountState, now: number): void {
  const linked = [...world.accounts.values()].filter((a) => a.def.payingAccountId === paying.accountId)
  linked.forEach((account, i) => {
    const plan = PLANS[i % PLANS.length]!
    const rng = new Prng(`demo:linked:${account.accountId}`)
    const subregion = () => account.subregions[rng.int(0, account.subregions.length - 1)] ?? ''
    for (const vm of plan.vms) {
      const id = world.newId('i')
      account.startMeter({
        resourceId: id,
        service: 'TinaOS-FCU',
        type: `BoxUsage:${vm.type}`,
        operation: 'RunInstances-OD',
        subregionName: subregion(),
        unitsPerHour: 1,
        start: now - vm.days * DAY,
      })
      if (vm.stoppedDaysAgo !== undefined) account.stopMeters(id, now - vm.stoppedDaysAgo * DAY)
    }
    for (const size of plan.volumesGiB)
      account.startMeter({
        resourceId: world.newId('vol'),
        service: 'TinaOS-FCU',
        type: 'BSU:VolumeUsage:gp2',
        operation: 'CreateVolume',
        subregionName: subregion(),
        unitsPerHour: size / HOURS_PER_MONTH,
        start: now - 80 * DAY,
      })
  })
}
