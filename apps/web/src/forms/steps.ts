// Steps a form's submit goes through, each failing with its own title so the person knows how far it got:
// "refused while checking (DryRun), nothing was created" reads differently from "the VM could not be created".
import { callOsc, toApiError, type ApiError } from '@osc-console/data'
import type { ActionName, Request } from '@osc-console/osc-api'

export class StepFailure extends Error {
  constructor(
    readonly title: string,
    readonly error: ApiError,
  ) {
    super(error.message)
  }
}

/** Runs one step; a failure carries the step's title to the form-level error. */
export async function step<R>(title: string, run: () => Promise<R>): Promise<R> {
  try {
    return await run()
  } catch (error) {
    throw new StepFailure(title, toApiError(error))
  }
}

/**
 * Sends the request with DryRun: OUTSCALE checks the permissions and parameters and answers without doing
 * anything, so a refusal costs nothing (no half-made resource, no quota used).
 */
export function dryRun<A extends ActionName>(account: string, action: A, params: Request<A>) {
  return callOsc(account, action, { ...params, DryRun: true } as Request<A>)
}
