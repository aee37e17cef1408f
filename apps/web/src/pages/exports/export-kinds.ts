// The two things the console exports to OOS, as data: the calls that start and list their exports, how the list is
// narrowed to one item, and the quota of running exports. The tab and the dialog take one of these.
import type { ActionName } from '@osc-console/osc-api'
import type { MessageId } from '../../i18n/catalog.ts'
import { osuExportOf, type ExportForm } from './export-form.ts'

export interface ExportKind {
  create: Extract<ActionName, 'CreateSnapshotExportTask' | 'CreateImageExportTask'>
  read: Extract<ActionName, 'ReadSnapshotExportTasks' | 'ReadImageExportTasks'>
  /** Where the read's answer lists the tasks, and where the create's answer gives the new one. */
  listKey: 'SnapshotExportTasks' | 'ImageExportTasks'
  createdKey: 'SnapshotExportTask' | 'ImageExportTask'
  readParams(id: string): object
  createParams(id: string, v: ExportForm): object
  quota: string
  intro: MessageId
  none: MessageId
}

export const snapshotExports: ExportKind = {
  create: 'CreateSnapshotExportTask',
  read: 'ReadSnapshotExportTasks',
  listKey: 'SnapshotExportTasks',
  createdKey: 'SnapshotExportTask',
  readParams: (id) => ({ Filters: { SnapshotIds: [id] } }),
  createParams: (id, v) => ({ SnapshotId: id, OsuExport: osuExportOf(v) }),
  quota: 'snapshot_export_limit',
  intro: 'snapshots.export.intro',
  none: 'snapshots.export.none',
}

export const imageExports: ExportKind = {
  create: 'CreateImageExportTask',
  read: 'ReadImageExportTasks',
  listKey: 'ImageExportTasks',
  createdKey: 'ImageExportTask',
  readParams: (id) => ({ Filters: { ImageIds: [id] } }),
  createParams: (id, v) => ({ ImageId: id, OsuExport: osuExportOf(v) }),
  quota: 'image_export_limit',
  intro: 'images.export.intro',
  none: 'images.export.none',
}
