// Start, stop, force stop, reboot, terminate and edit one VM. Each button is disabled with its reason when the
// VM's state or the person's role does not allow it; the risky ones confirm first and show the request.
import { useEffect, useState } from 'react'
import { useNavigate } from '@tanstack/react-router'
import type { Vm } from '@osc-console/osc-api'
import { notify, useOscMutation } from '@osc-console/data'
import { ActionButton, allOf, type Check } from '../../ui/ActionButton.tsx'
import { Dialog } from '../../ui/Dialog.tsx'
import { ConfirmEnd } from '../../ui/ConfirmEnd.tsx'
import { useCan } from '../../app/account.ts'
import { vmCan } from './vm-rules.ts'
import { vmName } from './vm-format.ts'
import { VmEditDialog } from './VmEditDialog.tsx'
import type { VmDialog } from './search.ts'

type Pending = VmDialog | undefined

export function VmActions({
  account,
  vm,
  requested,
  onRequestSeen,
}: {
  account: string
  vm: Vm
  /** A dialog asked for by the URL (command palette); opened only when the action is possible. */
  requested?: VmDialog
  onRequestSeen?: () => void
}) {
  const can = useCan()
  const checks: Record<VmDialog, Check> = {
    stop: allOf(can('StopVms'), vmCan.stop(vm)),
    'force-stop': allOf(can('StopVms'), vmCan.forceStop(vm)),
    reboot: allOf(can('RebootVms'), vmCan.reboot(vm)),
    terminate: allOf(can('DeleteVms'), vmCan.terminate(vm)),
    edit: allOf(can('UpdateVm'), vmCan.edit(vm)),
  }
  const [open, setOpen] = useState<Pending>(() =>
    requested && checks[requested].allowed ? requested : undefined,
  )
  // Every new request counts, not only the one the page opened with: choosing an action in the command
  // palette while already on this VM's page changes `requested` without mounting this component again.
  useEffect(() => {
    if (!requested) return
    const check = checks[requested]
    if (check.allowed) setOpen(requested)
    else notify({ tone: 'info', title: check.reason })
    onRequestSeen?.()
  }, [requested])
  const vmIds = [vm.VmId ?? '']
  const start = useOscMutation(account, 'StartVms', {
    success: `Starting ${vmName(vm) || vm.VmId}`,
    toastErrors: true,
  })
  return (
    <div role="group" aria-label="VM actions" className="flex flex-wrap gap-2">
      <ActionButton
        check={allOf(can('StartVms'), vmCan.start(vm))}
        busy={start.isPending}
        onClick={() => start.mutate({ VmIds: vmIds })}
      >
        Start
      </ActionButton>
      <ActionButton check={checks.stop} onClick={() => setOpen('stop')}>
        Stop
      </ActionButton>
      <ActionButton check={checks['force-stop']} onClick={() => setOpen('force-stop')}>
        Force stop
      </ActionButton>
      <ActionButton check={checks.reboot} onClick={() => setOpen('reboot')}>
        Reboot
      </ActionButton>
      <ActionButton check={checks.edit} onClick={() => setOpen('edit')}>
        Edit
      </ActionButton>
      <ActionButton check={checks.terminate} variant="danger" onClick={() => setOpen('terminate')}>
        Terminate
      </ActionButton>
      {open === 'stop' && (
        <StopDialog account={account} vm={vm} force={false} onClose={() => setOpen(undefined)} />
      )}
      {open === 'force-stop' && (
        <StopDialog account={account} vm={vm} force onClose={() => setOpen(undefined)} />
      )}
      {open === 'reboot' && <RebootDialog account={account} vm={vm} onClose={() => setOpen(undefined)} />}
      {open === 'terminate' && (
        <TerminateDialog account={account} vm={vm} onClose={() => setOpen(undefined)} />
      )}
      {open === 'edit' && <VmEditDialog account={account} vm={vm} onClose={() => setOpen(undefined)} />}
    </div>
  )
}

function StopDialog({
  account,
  vm,
  force,
  onClose,
}: {
  account: string
  vm: Vm
  force: boolean
  onClose: () => void
}) {
  const name = vmName(vm) || vm.VmId
  const stop = useOscMutation(account, 'StopVms', { success: `Stopping ${name}`, onSuccess: onClose })
  const params = force ? { VmIds: [vm.VmId ?? ''], ForceStop: true } : { VmIds: [vm.VmId ?? ''] }
  return (
    <Dialog title={force ? `Force stop ${name}` : `Stop ${name}`} onClose={onClose}>
      <p className="text-sm">
        {force
          ? 'Force stop cuts the power: the operating system gets no chance to shut down and unsaved data is lost.'
          : 'The operating system is asked to shut down. The VM keeps its volumes and private IP.'}
      </p>
      <ConfirmEnd
        action="StopVms"
        params={params}
        error={stop.error}
        busy={stop.isPending}
        onConfirm={() => stop.mutate(params)}
        onClose={onClose}
      >
        {force ? 'Force stop VM' : 'Stop VM'}
      </ConfirmEnd>
    </Dialog>
  )
}

function RebootDialog({ account, vm, onClose }: { account: string; vm: Vm; onClose: () => void }) {
  const name = vmName(vm) || vm.VmId
  const reboot = useOscMutation(account, 'RebootVms', { success: `Rebooting ${name}`, onSuccess: onClose })
  const params = { VmIds: [vm.VmId ?? ''] }
  return (
    <Dialog title={`Reboot ${name}`} onClose={onClose}>
      <p className="text-sm">The VM restarts; connections to it are cut for a moment.</p>
      <ConfirmEnd
        action="RebootVms"
        params={params}
        error={reboot.error}
        busy={reboot.isPending}
        onConfirm={() => reboot.mutate(params)}
        onClose={onClose}
      >
        Reboot VM
      </ConfirmEnd>
    </Dialog>
  )
}

function TerminateDialog({ account, vm, onClose }: { account: string; vm: Vm; onClose: () => void }) {
  const navigate = useNavigate()
  const expected = vmName(vm) || vm.VmId || ''
  const [typed, setTyped] = useState('')
  const terminate = useOscMutation(account, 'DeleteVms', {
    success: `Terminating ${expected}`,
    onSuccess: () => {
      onClose()
      void navigate({ to: '/$account/vms', params: { account } })
    },
  })
  const params = { VmIds: [vm.VmId ?? ''] }
  const matches = typed.trim() === expected
  const deleted = (vm.BlockDeviceMappings ?? []).filter((b) => b.Bsu?.DeleteOnVmDeletion)
  return (
    <Dialog title={`Terminate ${expected}`} onClose={onClose}>
      <p className="text-sm">
        Terminating deletes the VM for good.
        {deleted.length > 0 &&
          ` ${deleted.length === 1 ? 'Its volume' : `${deleted.length} of its volumes`} (${deleted
            .map((b) => b.Bsu?.VolumeId)
            .join(', ')}) will be deleted with it.`}
      </p>
      <label className="mt-3 block text-sm">
        Type the VM’s name, <strong className="font-mono">{expected}</strong>, to confirm
        <input
          className="input mt-1"
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          autoComplete="off"
        />
      </label>
      <ConfirmEnd
        action="DeleteVms"
        params={params}
        error={terminate.error}
        busy={terminate.isPending}
        check={matches ? { allowed: true } : { allowed: false, reason: `Type ${expected} to confirm.` }}
        variant="danger"
        onConfirm={() => terminate.mutate(params)}
        onClose={onClose}
      >
        Terminate VM
      </ConfirmEnd>
    </Dialog>
  )
}
