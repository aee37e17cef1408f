import { oscQuery, oscQueryAll, pollWhile, detailParams } from '@osc-console/data'
import type { Response } from '@osc-console/osc-api'

type VmsData = Response<'ReadVms'>

const statesOf = (data: VmsData) => (data.Vms ?? []).map((vm) => vm.State)

/** Every VM of the account, polled fast while any is changing state. */
export const vmListQuery = (account: string) => ({
  ...oscQueryAll(account, 'ReadVms', { ResultsPerPage: 1000 }),
  refetchInterval: pollWhile(statesOf),
})

export const vmDetailQuery = (account: string, vmId: string) => ({
  ...oscQuery(account, 'ReadVms', detailParams('Vm', vmId)),
  refetchInterval: pollWhile(statesOf),
})

/** Image names by id, for showing an OS name where a VM only has an image id. Images rarely change. */
export const imageNamesQuery = (account: string) => ({
  ...oscQueryAll(account, 'ReadImages', {}),
  staleTime: 5 * 60_000,
})
