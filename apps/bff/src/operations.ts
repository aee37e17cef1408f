// Bulk operations: one action over many resources (stop 30 VMs, delete 5 security groups) with bounded
// concurrency. Every item's status is written to the database as it settles, so the browser can show the
// results after a reload and after a console restart.
//
// Several replicas share the database: each running operation has an owner (the replica running it) and a
// heartbeat the owner renews. An item is claimed (pending → sending) in one statement that also checks the
// operation is still this replica's, so no two replicas ever send one item. An operation whose owner stopped
// heartbeating is taken over by another: items it had sent and not heard back about become `unknown`, the items it
// never sent are run by the new owner (or, when their stored parameters lost a secret, marked as not sent).
//
// An operation may run in stages (clean up an account: VMs, then their volumes, then subnets, then nets): items
// carry their own action and a stage number, and a stage starts only once the one before has settled.
import { isActionName, secretRequestPaths } from '@osc-console/osc-api'
import type { Operation, OperationItem, OperationItemStatus } from '@osc-console/osc-api'
import { randomUUID } from 'node:crypto'
import type { Identity } from './auth/identity.ts'
import { ConsoleError, consoleError, parseOutscaleError } from './errors.ts'
import { timeOrderedId } from './ids.ts'
import type { Logger } from './logger.ts'
import type { AuthorizeFn, Proxy } from './proxy.ts'
import { redactParams } from './redact.ts'
import { checkOperation, MAX_CONCURRENCY, type CreateOperation } from './operation-checks.ts'
import { waitSettled, type SettleDeps } from './operation-settle.ts'
import {
  sentIn,
  stagesOf,
  toOperation,
  toWork,
  type ItemRow,
  type OperationRow,
  type Sent,
  type Work,
  type WorkRow,
} from './operation-rows.ts'
import type { Db } from './storage/index.ts'

export { createOperationSchema, MAX_CONCURRENCY, MAX_ITEMS, MAX_STAGE } from './operation-checks.ts'
export type { CreateOperation } from './operation-checks.ts'
export type { Operation, OperationItem }

export interface OperationsDeps {
  db: Db
  proxy: Proxy
  authorize: AuthorizeFn
  logger: Logger
  defaultConcurrency: number
  /** This replica's name as the owner of the operations it runs. */
  replica?: string
  /** How often the owner renews its operations' heartbeat, and looks for operations whose owner stopped. */
  heartbeatMs?: number
  /** A heartbeat older than this means the owner stopped; its operations are taken over. */
  staleMs?: number
  /** How often a stage waiting for deletions to finish (VMs terminating) reads them again, and for how long. */
  settlePollMs?: number
  settleTimeoutMs?: number
}

export interface Operations {
  start(identity: Identity, input: CreateOperation): Promise<{ id: string }>
  get(identity: Identity, id: string): Promise<Operation | undefined>
  list(identity: Identity, filter: { account?: string; limit?: number }): Promise<Operation[]>
  /**
   * Takes over the running operations whose owner stopped heartbeating (at boot, then every heartbeat); returns
   * how many.
   */
  recover(): Promise<number>
  /** Stops launching items, waits for those in flight, marks the rest as not sent. */
  drain(timeoutMs: number): Promise<void>
}

const NOT_SENT = 'The console stopped before this item was sent, so nothing was changed. Run it again.'

export function createOperations(deps: OperationsDeps): Operations {
  const { db } = deps
  const replica = deps.replica ?? randomUUID()
  const heartbeatMs = deps.heartbeatMs ?? 5000
  const staleMs = deps.staleMs ?? Math.max(3 * heartbeatMs, 15_000)
  const settling: SettleDeps = {
    proxy: deps.proxy,
    logger: deps.logger,
    pollMs: deps.settlePollMs ?? 1000,
    timeoutMs: deps.settleTimeoutMs ?? 10 * 60_000,
    stopped: () => stopping,
  }
  const running = new Set<Promise<void>>()
  let stopping = false

  /** Claims one item for this replica: true when it was pending and the operation is still this replica's. */
  async function claim(id: string, position: number): Promise<boolean> {
    const { rowCount } = await db.execute(
      `UPDATE operation_items SET status = 'sending' WHERE operation_id = $1 AND position = $2 AND status = 'pending'
       AND EXISTS (SELECT 1 FROM operations WHERE id = $1 AND owner = $3 AND status = 'running')`,
      [id, position, replica],
    )
    return rowCount === 1
  }

  async function setItem(
    id: string,
    position: number,
    status: OperationItemStatus,
    error?: ConsoleError,
    requestId?: string,
  ) {
    await db.execute(
      'UPDATE operation_items SET status = $1, error = $2, request_id = $3 WHERE operation_id = $4 AND position = $5',
      [status, error ? JSON.stringify(error.body) : null, requestId ?? null, id, position],
    )
  }

  async function finish(id: string) {
    await db.execute('UPDATE operations SET status = $1, finished_at = $2 WHERE id = $3', [
      'done',
      new Date().toISOString(),
      id,
    ])
    // Item parameters serve only while the operation runs; what remains of them (even redacted) goes.
    await db.execute("UPDATE operation_items SET params = '{}' WHERE operation_id = $1", [id])
  }

  async function run(
    id: string,
    identity: Identity,
    account: string,
    work: Work[],
    concurrency: number,
    /**
     * Taken over from a replica that stopped: the items it sent, answered or not. What they deleted must settle
     * before the next stage goes, as if this replica had sent them.
     */
    earlier: Sent = { done: [], inDoubt: [] },
  ) {
    const settle = (sent: Sent) => waitSettled(settling, { operation: id, identity, account, ...sent })
    const stages = stagesOf(work)
    const first = stages[0]?.[0]?.stage
    if (first !== undefined) await settle(sentIn(earlier, (s) => s < first))
    for (const [index, items] of stages.entries()) {
      const sent = await runStage(id, identity, account, items, concurrency)
      const before = sentIn(earlier, (s) => s === items[0]!.stage)
      if (index < stages.length - 1)
        await settle({ done: [...sent.done, ...before.done], inDoubt: [...sent.inDoubt, ...before.inDoubt] })
    }
    // Another replica took the operation over (this one was too slow to heartbeat): it finishes it.
    const [row] = await db.query<{ owner: string | null }>('SELECT owner FROM operations WHERE id = $1', [id])
    if (row?.owner === replica) await finish(id)
  }

  /** Runs one stage's items; returns those that succeeded and those whose answer was lost. */
  async function runStage(
    id: string,
    identity: Identity,
    account: string,
    work: Work[],
    concurrency: number,
  ): Promise<Sent> {
    const sent: Sent = { done: [], inDoubt: [] }
    let next = 0
    const worker = async () => {
      for (;;) {
        const item = work[next++]
        if (!item) return
        const { position } = item
        if (stopping) {
          await db.execute(
            `UPDATE operation_items SET status = 'failed', error = $1 WHERE operation_id = $2 AND position = $3 AND status = 'pending'`,
            [JSON.stringify(consoleError('internal', 503, NOT_SENT, { retryable: true }).body), id, position],
          )
          continue
        }
        if (!(await claim(id, position))) continue
        try {
          const result = await deps.proxy.call({
            identity,
            accountId: account,
            action: item.action,
            body: item.params,
          })
          sent.done.push(item)
          await setItem(
            id,
            position,
            'succeeded',
            undefined,
            parseOutscaleError(result.text)?.requestId ?? undefined,
          )
        } catch (error) {
          const failure =
            error instanceof ConsoleError
              ? error
              : consoleError(
                  'internal',
                  500,
                  'The console failed while running this item. Check its state before trying again.',
                )
          if (!(error instanceof ConsoleError))
            deps.logger.error({ err: error, operation: id }, 'bulk item failed unexpectedly')
          if (failure.kind === 'unknown-outcome') sent.inDoubt.push(item)
          await setItem(
            id,
            position,
            failure.kind === 'unknown-outcome' ? 'unknown' : 'failed',
            failure,
            failure.body.outscale?.requestId ?? undefined,
          )
        }
      }
    }
    await Promise.all(Array.from({ length: Math.min(concurrency, work.length) }, worker))
    return sent
  }

  function launch(
    id: string,
    identity: Identity,
    account: string,
    work: Work[],
    concurrency: number,
    earlier?: Sent,
  ) {
    const task = run(id, identity, account, work, concurrency, earlier)
      .catch((error: unknown) => deps.logger.error({ err: error, operation: id }, 'bulk operation failed'))
      .finally(() => running.delete(task))
    running.add(task)
  }

  async function takeOver(): Promise<number> {
    const now = Date.now()
    const stale = await db.query<{ id: string; account_id: string; action: string; identity: string | null }>(
      `SELECT id, account_id, action, identity FROM operations
       WHERE status = 'running' AND (heartbeat_at IS NULL OR heartbeat_at < $1)`,
      [now - staleMs],
    )
    let taken = 0
    for (const op of stale) {
      // One statement decides which replica takes it over.
      const { rowCount } = await db.execute(
        `UPDATE operations SET owner = $1, heartbeat_at = $2
         WHERE id = $3 AND status = 'running' AND (heartbeat_at IS NULL OR heartbeat_at < $4)`,
        [replica, now, op.id, now - staleMs],
      )
      if (rowCount !== 1) continue
      taken += 1
      // Sent and never answered: OUTSCALE may or may not have applied it.
      const unknown = consoleError(
        'unknown-outcome',
        502,
        'The console restarted while this item was being processed, so it is not known whether it was applied. Refresh to check before running it again.',
      )
      // Operations started before owners were recorded did not mark what they sent: their pending items may
      // have been sent too.
      const inDoubt = op.identity === null ? "('sending', 'pending')" : "('sending')"
      await db.execute(
        `UPDATE operation_items SET status = 'unknown', error = $1 WHERE operation_id = $2 AND status IN ${inDoubt}`,
        [JSON.stringify(unknown.body), op.id],
      )
      const pending = await db.query<WorkRow>(
        "SELECT position, params, action, stage FROM operation_items WHERE operation_id = $1 AND status = 'pending' ORDER BY position",
        [op.id],
      )
      const actions = new Set([op.action, ...pending.map((row) => row.action ?? op.action)])
      const resumable =
        !stopping &&
        op.identity !== null &&
        [...actions].every((action) => isActionName(action) && secretRequestPaths(action).length === 0)
      if (!resumable) {
        await db.execute(
          "UPDATE operation_items SET status = 'failed', error = $1 WHERE operation_id = $2 AND status = 'pending'",
          [JSON.stringify(consoleError('internal', 503, NOT_SENT, { retryable: true }).body), op.id],
        )
        await finish(op.id)
        continue
      }
      // The stopped replica may have been waiting for its deletions (VMs terminating) to settle, or sent some of
      // the stage these pending items are in.
      const sentBefore = await db.query<WorkRow & { status: string }>(
        "SELECT position, params, action, stage, status FROM operation_items WHERE operation_id = $1 AND status IN ('succeeded', 'unknown')",
        [op.id],
      )
      const toOpWork = toWork(op.action)
      deps.logger.warn(
        { operation: op.id, items: pending.length },
        'took over a bulk operation whose replica stopped',
      )
      launch(
        op.id,
        JSON.parse(op.identity!) as Identity,
        op.account_id,
        pending.map(toOpWork),
        deps.defaultConcurrency,
        {
          done: sentBefore.filter((row) => row.status === 'succeeded').map(toOpWork),
          inDoubt: sentBefore.filter((row) => row.status === 'unknown').map(toOpWork),
        },
      )
    }
    return taken
  }

  const heartbeat = setInterval(() => {
    if (stopping) return
    void db
      .execute("UPDATE operations SET heartbeat_at = $1 WHERE owner = $2 AND status = 'running'", [
        Date.now(),
        replica,
      ])
      .then(() => takeOver())
      .catch((err: unknown) => deps.logger.warn({ err }, 'could not renew the bulk operations heartbeat'))
  }, heartbeatMs)
  heartbeat.unref()

  return {
    async start(identity, input) {
      const { account, action, actionOf } = checkOperation(deps, identity, input)
      if (stopping)
        throw consoleError(
          'internal',
          503,
          'The console is shutting down; start the operation again in a moment.',
          { retryable: true },
        )

      const id = timeOrderedId()
      await db.execute(
        `INSERT INTO operations (id, account_id, action, person_issuer, person_subject, created_at, status,
           owner, heartbeat_at, identity)
         VALUES ($1, $2, $3, $4, $5, $6, 'running', $7, $8, $9)`,
        [
          id,
          account.id,
          action,
          identity.issuer,
          identity.subject,
          new Date().toISOString(),
          replica,
          Date.now(),
          // Who runs it, should another replica take it over (no session id: it is not a credential).
          JSON.stringify({ ...identity, sessionId: undefined }),
        ],
      )
      for (const [position, item] of input.items.entries()) {
        await db.execute(
          `INSERT INTO operation_items (operation_id, position, resource_id, params, status, action, stage)
           VALUES ($1, $2, $3, $4, 'pending', $5, $6)`,
          [
            id,
            position,
            item.resourceId,
            JSON.stringify(redactParams(actionOf(item), item.params)),
            item.action === undefined || item.action === action ? null : item.action,
            item.stage ?? 0,
          ],
        )
      }
      const concurrency = Math.min(input.concurrency ?? deps.defaultConcurrency, MAX_CONCURRENCY)
      launch(
        id,
        identity,
        account.id,
        input.items.map((item, position) => ({
          position,
          action: actionOf(item),
          stage: item.stage ?? 0,
          params: item.params,
        })),
        concurrency,
      )
      return { id }
    },

    async get(identity, id) {
      const [row] = await db.query<OperationRow>(
        'SELECT * FROM operations WHERE id = $1 AND person_issuer = $2 AND person_subject = $3',
        [id, identity.issuer, identity.subject],
      )
      if (!row) return undefined
      const items = await db.query<ItemRow>(
        'SELECT * FROM operation_items WHERE operation_id = $1 ORDER BY position',
        [id],
      )
      return toOperation(row, items)
    },

    async list(identity, filter) {
      const limit = Math.min(Math.max(filter.limit ?? 20, 1), 100)
      const params: unknown[] = [identity.issuer, identity.subject]
      let where = 'person_issuer = $1 AND person_subject = $2'
      if (filter.account) {
        params.push(filter.account)
        where += ` AND account_id = $${params.length}`
      }
      params.push(limit)
      const rows = await db.query<OperationRow>(
        `SELECT * FROM operations WHERE ${where} ORDER BY id DESC LIMIT $${params.length}`,
        params,
      )
      const result: Operation[] = []
      for (const row of rows) {
        const items = await db.query<ItemRow>(
          'SELECT * FROM operation_items WHERE operation_id = $1 ORDER BY position',
          [row.id],
        )
        result.push(toOperation(row, items))
      }
      return result
    },

    recover: takeOver,

    async drain(timeoutMs) {
      stopping = true
      clearInterval(heartbeat)
      let timer: NodeJS.Timeout | undefined
      await Promise.race([
        Promise.allSettled([...running]),
        new Promise<void>((resolve) => {
          timer = setTimeout(resolve, timeoutMs)
        }),
      ])
      clearTimeout(timer)
    },
  }
}
