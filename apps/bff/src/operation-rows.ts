// How a bulk operation and its items are stored and read back: the rows of the operations and operation_items
// tables, the Operation the console answers with, and the work a replica runs, stage by stage.
import type { ActionName, Operation, OperationItem, OperationItemStatus } from '@osc-console/osc-api'

export interface OperationRow {
  id: string
  account_id: string
  action: string
  created_at: string
  finished_at: string | null
  status: 'running' | 'done'
}

export interface ItemRow {
  operation_id: string
  position: number
  resource_id: string
  /** `sending`: claimed by the owner and being sent; shown as pending. */
  status: OperationItemStatus | 'sending'
  error: string | null
  request_id: string | null
  /** Null when the item runs the operation's action. */
  action: string | null
  stage: number
}

export function toItem(row: ItemRow): OperationItem {
  const item: OperationItem = {
    resourceId: row.resource_id,
    status: row.status === 'sending' ? 'pending' : row.status,
  }
  // Only start() writes rows, and it refuses names that are not catalogue actions.
  if (row.action) item.action = row.action as ActionName
  if (Number(row.stage) > 0) item.stage = Number(row.stage)
  if (row.error) item.error = JSON.parse(row.error) as OperationItem['error']
  if (row.request_id) item.requestId = row.request_id
  return item
}

export function toOperation(row: OperationRow, items: ItemRow[]): Operation {
  const op: Operation = {
    id: row.id,
    account: row.account_id,
    // Only start() writes rows, and it refuses names that are not catalogue actions.
    action: row.action as ActionName,
    createdAt: row.created_at,
    status: row.status,
    items: items.map(toItem),
  }
  if (row.finished_at) op.finishedAt = row.finished_at
  return op
}

export interface Work {
  position: number
  action: string
  stage: number
  params: Record<string, unknown>
}

/** The columns of an item still to run, as the takeover reads them. */
export interface WorkRow {
  position: number
  params: string
  action: string | null
  stage: number
}

/** An item as stored, as work of an operation whose action is `action` (unless the item has its own). */
export const toWork =
  (action: string) =>
  (row: WorkRow): Work => ({
    position: Number(row.position),
    action: row.action ?? action,
    stage: Number(row.stage),
    params: JSON.parse(row.params) as Record<string, unknown>,
  })

/** Work grouped by stage, in the order the stages run. */
export function stagesOf(work: Work[]): Work[][] {
  const byStage = new Map<number, Work[]>()
  for (const item of work) byStage.set(item.stage, [...(byStage.get(item.stage) ?? []), item])
  return [...byStage.entries()].sort(([a], [b]) => a - b).map(([, items]) => items)
}

/** Items a replica sent: those OUTSCALE answered (`done`) and those whose answer was lost (`inDoubt`). */
export interface Sent {
  done: Work[]
  inDoubt: Work[]
}

/** The sent items of the stages `stage` accepts. */
export function sentIn(sent: Sent, stage: (stage: number) => boolean): Sent {
  return {
    done: sent.done.filter((w) => stage(w.stage)),
    inDoubt: sent.inDoubt.filter((w) => stage(w.stage)),
  }
}
