// Exports to an OOS bucket, shared by snapshots and images: the same checks of the bucket and disk format, and the
// same progress on the clock (waiting, then running with its progress, then completed). Only the state names differ:
// a snapshot export goes pending → active → completed, an image export pending/queued → pending → completed.
import { oscError } from '../errors.ts'
import type { World } from '../state.ts'

/** An export to OOS takes a while. */
export const EXPORT_MS = 60_000
const DISK_FORMATS = ['qcow2', 'raw']
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/

export interface OsuExportRequest {
  DiskImageFormat: string
  OsuBucket: string
  OsuPrefix?: string
}

/** The OsuExport a task reports, once the request's format and bucket are checked. */
export function checkedOsuExport(osu: OsuExportRequest): OsuExportRequest {
  if (!DISK_FORMATS.includes(osu.DiskImageFormat))
    throw oscError('invalidParameterValue', `DiskImageFormat must be one of ${DISK_FORMATS.join(', ')}.`)
  if (!BUCKET.test(osu.OsuBucket))
    throw oscError(
      'invalidParameterValue',
      `${osu.OsuBucket} is not a valid OOS bucket name (3 to 63 lowercase letters, digits, dots and dashes).`,
    )
  return {
    DiskImageFormat: osu.DiskImageFormat,
    OsuBucket: osu.OsuBucket,
    ...(osu.OsuPrefix ? { OsuPrefix: osu.OsuPrefix } : {}),
  }
}

export interface ExportTask {
  State?: string
  Progress?: number
}

/** The states a task goes through: waiting to start, running, done. */
export interface ExportStates {
  waiting: string
  running: string
}

/** Moves a task from waiting to running at a tenth of the time, through 25, 50 and 75 %, to completed. */
export function scheduleExport(
  world: World,
  task: ExportTask,
  now: number,
  states: ExportStates,
  onCompleted?: () => void,
): void {
  const at = (share: number) => now + EXPORT_MS * share
  world.schedule(at(0.1), () => {
    if (task.State === states.waiting) task.State = states.running
  })
  for (const progress of [25, 50, 75]) {
    world.schedule(at(progress / 100), () => {
      if (task.State === states.running) task.Progress = progress
    })
  }
  world.schedule(at(1), () => {
    if (task.State === states.running) {
      task.State = 'completed'
      task.Progress = 100
      onCompleted?.()
    }
  })
}

/** Tasks still waiting or running: what the export quotas count. */
export const running = (task: ExportTask, states: ExportStates) =>
  task.State === states.waiting || task.State === states.running
