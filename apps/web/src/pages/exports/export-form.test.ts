import { describe, expect, it } from 'vitest'
import { bucketProblem, osuExportOf, pollingStates } from './export-form.ts'
import { imageExports, snapshotExports } from './export-kinds.ts'

describe('exports to OOS', () => {
  it('checks the bucket name as OOS does and leaves an empty prefix out', () => {
    expect(bucketProblem('Not A Bucket')?.id).toBe('exports.bucketFormat')
    expect(bucketProblem(' golden-images ')).toBeUndefined()
    expect(osuExportOf({ bucket: ' golden-images ', prefix: ' ', format: 'raw' })).toEqual({
      DiskImageFormat: 'raw',
      OsuBucket: 'golden-images',
    })
  })

  it('keeps reading while a snapshot export is active or an image export queued or running', () => {
    expect(pollingStates([{ State: 'active' }, { State: 'pending/queued' }, { State: 'completed' }])).toEqual(
      ['pending', 'pending', 'completed'],
    )
  })

  it('starts and lists each kind’s exports with its own calls, narrowed to the item', () => {
    const v = { bucket: 'b-1', prefix: 'p/', format: 'qcow2' as const }
    expect(imageExports.createParams('ami-1', v)).toEqual({
      ImageId: 'ami-1',
      OsuExport: { DiskImageFormat: 'qcow2', OsuBucket: 'b-1', OsuPrefix: 'p/' },
    })
    expect(imageExports.readParams('ami-1')).toEqual({ Filters: { ImageIds: ['ami-1'] } })
    expect(snapshotExports.createParams('snap-1', v)).toMatchObject({ SnapshotId: 'snap-1' })
    expect([imageExports.quota, snapshotExports.quota]).toEqual([
      'image_export_limit',
      'snapshot_export_limit',
    ])
  })
})
