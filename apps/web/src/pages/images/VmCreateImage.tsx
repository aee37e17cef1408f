// "Create an image" on a VM's storage tab: an image of the VM's volumes, for a running or stopped VM.
import { Suspense, lazy, useState } from 'react'
import type { Vm } from '@osc-console/osc-api'
import { useCan } from '../../app/account.ts'
import { text, useT } from '../../i18n/text.ts'
import { ActionButton, allOf, allowed, type RuleCheck } from '../../ui/ActionButton.tsx'

const ImageCreateDialog = lazy(() =>
  import('./ImageCreateDialog.tsx').then((m) => ({ default: m.ImageCreateDialog })),
)

export const vmMakesImage = (vm: Vm): RuleCheck =>
  vm.State === 'running' || vm.State === 'stopped'
    ? allowed
    : { allowed: false, reason: text('images.vm.state', { state: vm.State ?? '' }) }

export function VmCreateImage({ account, vm }: { account: string; vm: Vm }) {
  const t = useT()
  const can = useCan()
  const [open, setOpen] = useState(false)
  return (
    <>
      <ActionButton check={allOf(can('CreateImage'), vmMakesImage(vm))} onClick={() => setOpen(true)}>
        {t('images.create.title')}
      </ActionButton>
      {open && (
        <Suspense fallback={null}>
          <ImageCreateDialog account={account} vm={vm} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  )
}
