// The audit record of a read the console answers itself (cost by tag, top resources, run-rate, quota trend): who
// read which account's figures, with what, and the outcome, like a read sent to OUTSCALE.
import type { Audit } from '../audit.ts'
import type { Identity } from '../auth/identity.ts'
import type { ConsoleError } from '../errors.ts'
import type { Logger } from '../logger.ts'

export interface ConsoleRead {
  identity: Identity
  account?: { id: string; region: string }
  /** The console's name of the read, as the audit log lists it (`CostByTag`, `QuotaTrend`). */
  action: string
  /** What was asked besides the account, short. */
  params: Record<string, unknown>
  logger: () => Logger
}

/**
 * Starts timing a read; the function returned records its outcome (a status, and the failure when there is one).
 * The audit log failing to write does not fail the read: it is logged.
 */
export function startAuditedRead(audit: Audit, read: ConsoleRead) {
  const started = performance.now()
  return async (status: number, failure?: ConsoleError): Promise<void> => {
    await audit
      .record({
        kind: 'call',
        identity: read.identity,
        ...(read.account ? { accountId: read.account.id, region: read.account.region } : {}),
        action: read.action,
        paramsDigest: JSON.stringify(read.params),
        result: failure ? 'failure' : 'success',
        httpStatus: status,
        durationMs: performance.now() - started,
        ...(failure
          ? {
              errorCode: failure.body.outscale?.code || failure.kind,
              detail: failure.message,
              ...(failure.body.outscale?.requestId ? { requestId: failure.body.outscale.requestId } : {}),
            }
          : {}),
      })
      .catch((error: unknown) => read.logger().error({ err: error }, 'audit record could not be written'))
  }
}
