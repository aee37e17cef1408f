// Snapshots of volumes: pending → completed with progress on the clock, ClientToken idempotency, sharing.
import type { Snapshot, SnapshotExportTask } from '@osc-console/osc-api'
import type { HandlerMap } from '../context.ts'
import { oscError } from '../errors.ts'
import { readList } from '../filters.ts'
import type { AccountState, World } from '../state.ts'
import { assertQuota, defineUsage, must } from './common.ts'
import { findVolume } from './volumes.ts'
import { assertAccountIds, sharedWith } from './sharing.ts'
import { checkedOsuExport, running, scheduleExport, type ExportStates } from './export-tasks.ts'

export const SNAPSHOT_MS = 20_000
export const snapshots = (a: AccountState) => a.store<Snapshot>('snapshots')
export const exportTasks = (a: AccountState) => a.store<SnapshotExportTask>('snapshot-export-tasks')

defineUsage('snapshot_limit', (a) => snapshots(a).size)
/** A snapshot export waits pending, then is active with its progress, then completed. */
const SNAPSHOT_EXPORT: ExportStates = { waiting: 'pending', running: 'active' }

defineUsage(
  'snapshot_export_limit',
  (a) => [...exportTasks(a).values()].filter((t) => running(t, SNAPSHOT_EXPORT)).length,
)

function findSnapshot(account: AccountState, id: string): Snapshot {
  return must(snapshots(account).get(id), 'noSuchSnapshot', `The snapshot ${id} does not exist.`)
}

function mustBeCompleted(s: Snapshot, what: string): void {
  if (s.State !== 'completed') {
    throw oscError(
      'invalidState',
      `The snapshot ${s.SnapshotId ?? ''} is ${s.State ?? 'not ready'}; ${what} once it is completed.`,
    )
  }
}

export function addSnapshot(
  world: World,
  account: AccountState,
  spec: { volumeId: string; size: number; description?: string; state?: string },
  at: number,
): Snapshot {
  const id = world.newId('snap')
  const s: Snapshot = {
    SnapshotId: id,
    VolumeId: spec.volumeId,
    VolumeSize: spec.size,
    Description: spec.description ?? '',
    AccountId: account.accountId,
    AccountAlias: '',
    CreationDate: new Date(at).toISOString(),
    PermissionsToCreateVolume: { GlobalPermission: false, AccountIds: [] },
    Progress: spec.state === 'pending' ? 0 : 100,
    State: spec.state ?? 'completed',
    Tags: [],
  }
  snapshots(account).set(id, s)
  account.register(id, 'snapshot', s)
  account.startMeter({
    resourceId: id,
    service: 'TinaOS-FCU',
    type: 'Snapshot:Usage',
    operation: 'Snapshot',
    subregionName: account.subregions[0] ?? '',
    unitsPerHour: spec.size / 730,
    start: at,
  })
  return s
}

export const handlers: HandlerMap = {
  CreateSnapshot: (req, ctx) => {
    const tokenKey = req.ClientToken ? `CreateSnapshot:${req.ClientToken}` : undefined
    const prior = tokenKey ? ctx.account.clientTokens.get(tokenKey) : undefined
    const priorSnap = prior?.ids[0] ? snapshots(ctx.account).get(prior.ids[0]) : undefined
    if (priorSnap) return { Snapshot: priorSnap }
    let size: number
    let volumeId: string
    if (req.VolumeId) {
      const v = findVolume(ctx.account, req.VolumeId)
      size = v.Size ?? 0
      volumeId = req.VolumeId
    } else if (req.SourceSnapshotId) {
      if (!req.SourceRegionName)
        throw oscError('missingParameter', 'SourceRegionName is required to copy a snapshot.')
      if (req.SourceRegionName !== ctx.account.region) {
        throw oscError(
          'invalidParameterValue',
          `SourceRegionName must be the Region of your account, ${ctx.account.region}.`,
        )
      }
      const src = findSnapshot(ctx.account, req.SourceSnapshotId)
      mustBeCompleted(src, 'copy it')
      size = src.VolumeSize ?? 0
      volumeId = src.VolumeId ?? ''
    } else throw oscError('missingParameter', 'Give VolumeId (or SourceSnapshotId to copy a snapshot).')
    assertQuota(ctx.account, 'snapshot_limit', 1, 'tooManySnapshots')
    const s = addSnapshot(
      ctx.world,
      ctx.account,
      { volumeId, size, state: 'pending', ...(req.Description ? { description: req.Description } : {}) },
      ctx.now,
    )
    if (req.ClientToken) s.ClientToken = req.ClientToken
    if (tokenKey)
      ctx.account.clientTokens.set(tokenKey, { action: 'CreateSnapshot', ids: [s.SnapshotId ?? ''] })
    ctx.world.schedule(ctx.now + SNAPSHOT_MS / 2, () => {
      if (s.State === 'pending') s.Progress = 50
    })
    ctx.world.schedule(ctx.now + SNAPSHOT_MS, () => {
      if (s.State === 'pending') {
        s.State = 'completed'
        s.Progress = 100
      }
    })
    return { Snapshot: s }
  },
  ReadSnapshots: (req, ctx) => {
    const f = req.Filters
    const from = f?.FromCreationDate ? Date.parse(f.FromCreationDate) : undefined
    const to = f?.ToCreationDate ? Date.parse(f.ToCreationDate) : undefined
    const { FromCreationDate: _from, ToCreationDate: _to, ...rest } = f ?? {}
    const dated = [...snapshots(ctx.account).values()].filter((s) => {
      const at = Date.parse(s.CreationDate ?? '')
      return (from === undefined || at >= from) && (to === undefined || at <= to)
    })
    const { page, nextPageToken } = readList(
      dated,
      { ...req, Filters: rest },
      {
        Progresses: 'Progress',
        PermissionsToCreateVolumeGlobalPermission: (s) =>
          (s as Snapshot).PermissionsToCreateVolume?.GlobalPermission,
        PermissionsToCreateVolumeAccountIds: (s) => (s as Snapshot).PermissionsToCreateVolume?.AccountIds,
      },
    )
    return { Snapshots: page, ...(nextPageToken ? { NextPageToken: nextPageToken } : {}) }
  },
  UpdateSnapshot: (req, ctx) => {
    const s = findSnapshot(ctx.account, req.SnapshotId)
    assertAccountIds(req.PermissionsToCreateVolume)
    if (req.PermissionsToCreateVolume.Additions) mustBeCompleted(s, 'share it')
    s.PermissionsToCreateVolume = sharedWith(s.PermissionsToCreateVolume, req.PermissionsToCreateVolume)
    return { Snapshot: s }
  },
  CreateSnapshotExportTask: (req, ctx) => {
    const s = findSnapshot(ctx.account, req.SnapshotId)
    mustBeCompleted(s, 'export it')
    const osuExport = checkedOsuExport(req.OsuExport)
    assertQuota(ctx.account, 'snapshot_export_limit', 1, 'tooManyResources')
    const task: SnapshotExportTask = {
      TaskId: ctx.world.newId('snap-export'),
      SnapshotId: req.SnapshotId,
      State: 'pending',
      Progress: 0,
      Comment: '',
      OsuExport: osuExport,
      Tags: [],
    }
    exportTasks(ctx.account).set(task.TaskId ?? '', task)
    ctx.account.register(task.TaskId ?? '', 'snapshot-export-task', task)
    scheduleExport(ctx.world, task, ctx.now, SNAPSHOT_EXPORT)
    return { SnapshotExportTask: task }
  },
  ReadSnapshotExportTasks: (req, ctx) => {
    const { page, nextPageToken } = readList(exportTasks(ctx.account).values(), req, {
      TaskIds: 'TaskId',
      SnapshotIds: 'SnapshotId',
    })
    return { SnapshotExportTasks: page, ...(nextPageToken ? { NextPageToken: nextPageToken } : {}) }
  },
  DeleteSnapshot: (req, ctx) => {
    must(
      snapshots(ctx.account).get(req.SnapshotId),
      'noSuchSnapshot',
      `The snapshot ${req.SnapshotId} does not exist.`,
    )
    snapshots(ctx.account).delete(req.SnapshotId)
    ctx.account.unregister(req.SnapshotId)
    ctx.account.stopMeters(req.SnapshotId, ctx.now)
    return {}
  },
}
