// What can be done to a volume, as data, with OUTSCALE's rules: only an available volume is attached, the root
// volume of a VM is never detached, a volume in use is not deleted, and a volume linked to a running VM (a "hot"
// volume) keeps its size and type — only an io1 volume's IOPS change then.
import type { Vm, Volume } from '@osc-console/osc-api'
import { allowed, type RuleCheck } from '../../ui/ActionButton.tsx'
import { text } from '../../i18n/text.ts'
import type { BulkAction } from '../../kit/BulkBar.tsx'
import { volumeState } from './volume-state.ts'

export { volumeState }

export const ROOT_DEVICE = '/dev/sda1'

export const linkOf = (v: Volume) => v.LinkedVolumes?.[0]

const refuse = (id: Parameters<typeof text>[0], values?: Parameters<typeof text>[1]): RuleCheck => ({
  allowed: false,
  reason: text(id, values),
})

const settled = (v: Volume): RuleCheck =>
  v.State === 'available' || v.State === 'in-use'
    ? allowed
    : refuse('volumes.rule.busy', { state: volumeState(v) ?? '' })

/** Hot: linked to a VM that is neither stopped nor stopping. */
export function isHot(v: Volume, vm: Pick<Vm, 'State'> | undefined): boolean {
  if (v.State !== 'in-use' || !linkOf(v)) return false
  return vm?.State !== 'stopped' && vm?.State !== 'stopping'
}

export const volumeCan = {
  attach: (v: Volume): RuleCheck =>
    v.State === 'available'
      ? allowed
      : refuse('volumes.rule.attachNotAvailable', { state: volumeState(v) ?? '' }),
  detach: (v: Volume): RuleCheck => {
    const link = linkOf(v)
    if (v.State !== 'in-use' || !link) return refuse('volumes.rule.notAttached')
    if (link.DeviceName === ROOT_DEVICE) return refuse('volumes.rule.root')
    if (link.State !== 'attached') return refuse('volumes.rule.busy', { state: link.State ?? '' })
    return allowed
  },
  update: settled,
  snapshot: settled,
  delete: (v: Volume): RuleCheck => {
    if (v.State === 'in-use') return refuse('volumes.rule.deleteInUse', { vm: linkOf(v)?.VmId ?? '' })
    if (v.State === 'deleting') return refuse('volumes.rule.busy', { state: 'deleting' })
    return allowed
  },
}

export const volumeBulkActions: readonly BulkAction<Volume>[] = [
  {
    key: 'detach',
    action: 'UnlinkVolume',
    label: 'volumes.detach',
    noneCan: 'volumes.bulk.noneDetach',
    rule: volumeCan.detach,
    params: (id) => ({ VolumeId: id }),
  },
  {
    key: 'delete',
    action: 'DeleteVolume',
    label: 'volumes.delete',
    noneCan: 'volumes.bulk.noneDelete',
    rule: volumeCan.delete,
    params: (id) => ({ VolumeId: id }),
    danger: true,
    typeToConfirm: { word: 'volumes.bulk.deleteWord', warning: 'volumes.delete.body' },
  },
]
