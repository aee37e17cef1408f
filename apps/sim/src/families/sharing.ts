// Sharing an image or a snapshot with other accounts or with everyone: UpdateImage and UpdateSnapshot take the
// same additions and removals of 12-digit account ids and of the global permission.
import type { PermissionsOnResource, PermissionsOnResourceCreation } from '@osc-console/osc-api'
import { oscError } from '../errors.ts'

const ACCOUNT_ID = /^\d{12}$/

/** Refuses a change that names anything but an OUTSCALE account id. */
export function assertAccountIds(change: PermissionsOnResourceCreation | undefined): void {
  const named = [...(change?.Additions?.AccountIds ?? []), ...(change?.Removals?.AccountIds ?? [])]
  const bad = named.find((id) => !ACCOUNT_ID.test(id))
  if (bad !== undefined)
    throw oscError('invalidParameterValue', `${bad} is not an OUTSCALE account ID (12 digits).`)
}

/** The permissions once `change` is made: a removal wins over an addition of the same account or of everyone. */
export function sharedWith(
  current: PermissionsOnResource | undefined,
  change: PermissionsOnResourceCreation | undefined,
): PermissionsOnResource {
  let global = current?.GlobalPermission ?? false
  if (change?.Additions?.GlobalPermission) global = true
  if (change?.Removals?.GlobalPermission) global = false
  const removed = change?.Removals?.AccountIds ?? []
  return {
    GlobalPermission: global,
    AccountIds: [
      ...new Set([...(current?.AccountIds ?? []), ...(change?.Additions?.AccountIds ?? [])]),
    ].filter((a) => !removed.includes(a)),
  }
}
