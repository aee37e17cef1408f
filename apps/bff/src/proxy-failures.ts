// What a failed upstream call means for the person: the OUTSCALE error translated, or, for a change whose
// answer never came, an honest "unknown outcome"; and the one log line an operator reads about it.
import type { ActionName } from '@osc-console/osc-api'
import type { ResolvedAccount } from './config.ts'
import { ConsoleError, consoleError, fromOutscaleError } from './errors.ts'
import type { Logger } from './logger.ts'
import { retryAfterMs, type UpstreamRun } from './proxy-retry.ts'

export function failureOf(
  run: UpstreamRun,
  ctx: {
    account: ResolvedAccount
    action: ActionName
    mutating: boolean
    clientToken?: string
    timeoutMs: number
  },
): ConsoleError | undefined {
  const { outcome } = run
  const where = { accountId: ctx.account.id, action: ctx.action }
  const unknownAdvice = ctx.clientToken
    ? 'Retrying is safe: the call carries a ClientToken, so OUTSCALE applies it at most once.'
    : 'Refresh the page to check before trying again.'
  if (outcome.kind === 'response') {
    if (outcome.status < 400) return undefined
    const retryAfter = retryAfterMs(outcome.headers['retry-after'])
    const error = fromOutscaleError(outcome.status, outcome.text, {
      ...where,
      ...(retryAfter !== undefined ? { retryAfterSeconds: Math.ceil(retryAfter / 1000) } : {}),
    })
    if (ctx.mutating && error.kind === 'upstream-error') {
      return new ConsoleError({
        ...error.body,
        kind: 'unknown-outcome',
        retryable: false,
        message: `OUTSCALE answered ${ctx.action} on account ${ctx.account.id} with an internal error (HTTP ${outcome.status}), so it is not known whether the change was applied. ${unknownAdvice}`,
      })
    }
    return error
  }
  if (outcome.kind === 'unreachable') {
    return consoleError(
      'unreachable',
      502,
      `The console could not reach the OUTSCALE endpoint of account ${ctx.account.id} (${outcome.code}); ${ctx.action} was not sent. Check the endpoint and the network, then try again.`,
      { retryable: true },
    )
  }
  if (ctx.mutating) {
    return consoleError(
      'unknown-outcome',
      outcome.timedOut ? 504 : 502,
      `The connection to OUTSCALE ${outcome.timedOut ? 'timed out' : 'broke'} during ${ctx.action} on account ${ctx.account.id}, so it is not known whether the change was applied. ${unknownAdvice}`,
    )
  }
  return outcome.timedOut
    ? consoleError(
        'timeout',
        504,
        `OUTSCALE did not answer ${ctx.action} on account ${ctx.account.id} within ${Math.round(ctx.timeoutMs / 1000)} s. Try again in a moment.`,
        { retryable: true },
      )
    : consoleError(
        'unreachable',
        502,
        `The connection to OUTSCALE broke during ${ctx.action} on account ${ctx.account.id} (${outcome.code}). Try again in a moment.`,
        { retryable: true },
      )
}

/** One line per failed call: what an operator needs, never the body or a secret. */
export function logFailure(
  log: Logger,
  failure: ConsoleError,
  action: string,
  accountId: string,
  attempts: number,
): void {
  const serious = failure.status >= 500 || failure.kind === 'credentials-refused'
  log[serious ? 'warn' : 'info'](
    {
      action,
      accountId,
      kind: failure.kind,
      status: failure.status,
      outscaleCode: failure.body.outscale?.code,
      outscaleRequestId: failure.body.outscale?.requestId ?? undefined,
      attempts,
    },
    'upstream call failed',
  )
}
