// "Attach a volume" on a VM's storage tab: the attach dialog with the VM fixed, choosing one of the available
// volumes of its Subregion. A VM that is pending or being terminated takes no volume; the button says why.
import { Suspense, lazy, useState } from 'react'
import type { Vm } from '@osc-console/osc-api'
import { useCan } from '../../app/account.ts'
import { text, useT } from '../../i18n/text.ts'
import { ActionButton, allOf, allowed, type RuleCheck } from '../../ui/ActionButton.tsx'

const VolumeAttachDialog = lazy(() =>
  import('./VolumeAttachDialog.tsx').then((m) => ({ default: m.VolumeAttachDialog })),
)

export const vmTakesVolume = (vm: Vm): RuleCheck =>
  vm.State === 'running' || vm.State === 'stopped'
    ? allowed
    : { allowed: false, reason: text('volumes.vm.attachState', { state: vm.State ?? '' }) }

export function VmAttachVolume({ account, vm }: { account: string; vm: Vm }) {
  const t = useT()
  const can = useCan()
  const [open, setOpen] = useState(false)
  return (
    <>
      <ActionButton check={allOf(can('LinkVolume'), vmTakesVolume(vm))} onClick={() => setOpen(true)}>
        {t('volumes.vm.attach')}
      </ActionButton>
      {open && (
        <Suspense fallback={null}>
          <VolumeAttachDialog account={account} vm={vm} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  )
}
