// The export form's values and checks, shared by snapshot and image exports: an OOS bucket named as OOS allows, an
// optional key prefix, and the disk format.
import type { OsuExportToCreate } from '@osc-console/osc-api'
import { text } from '../../i18n/text.ts'

export interface ExportForm {
  bucket: string
  prefix: string
  format: 'qcow2' | 'raw'
}

const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/

export const bucketProblem = (bucket: string) =>
  BUCKET.test(bucket.trim()) ? undefined : text('exports.bucketFormat')

export const osuExportOf = (v: ExportForm): OsuExportToCreate => ({
  DiskImageFormat: v.format,
  OsuBucket: v.bucket.trim(),
  ...(v.prefix.trim() ? { OsuPrefix: v.prefix.trim() } : {}),
})

/** One export task as both kinds report it. */
export interface ExportTaskRow {
  TaskId?: string
  State?: string
  Progress?: number
  Comment?: string
  OsuExport?: { OsuBucket?: string; OsuPrefix?: string; DiskImageFormat?: string }
}

// Snapshot exports copy while "active", image exports while "pending" after "pending/queued": the shared polling
// knows "pending" only, so both running states count as it.
const RUNNING = new Set(['active', 'pending/queued'])
export const pollingStates = (tasks: readonly ExportTaskRow[]) =>
  tasks.map((task) => (task.State && RUNNING.has(task.State) ? 'pending' : task.State))
