import { oscQueryAll } from '@osc-console/data'

/** Image names by id, for showing an OS name where a VM only has an image id. Images rarely change. */
export const imageNamesQuery = (account: string) => ({
  ...oscQueryAll(account, 'ReadImages', {}),
  staleTime: 5 * 60_000,
})
