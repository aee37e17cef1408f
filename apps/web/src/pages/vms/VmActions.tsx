// Start, stop, force stop, reboot, terminate and edit one VM. Each button is disabled with its reason when the
// VM's state or the person's role does not allow it; the risky ones confirm first and show the request.
import { useEffect, useRef, useState } from 'react'
import { useNavigate } from '@tanstack/react-router'
import { FormattedMessage } from '../../i18n/intl.tsx'
import type { Vm } from '@osc-console/osc-api'
import { notify, useOscMutation } from '@osc-console/data'
import { ActionButton, allOf, reasonText, type AnyCheck } from '../../ui/ActionButton.tsx'
import { ConfirmDialog } from '../../kit/ConfirmDialog.tsx'
import { useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { vmCan } from './vm-rules.ts'
import { vmName } from './vm-format.ts'
import { VmEditDialog } from './VmEditDialog.tsx'
import { vmDialogs, type VmDialog } from './search.ts'

const isVmDialog = (value: string | undefined): value is VmDialog =>
  vmDialogs.some((dialog) => dialog === value)

export function VmActions({
  account,
  vm,
  requested,
  onRequestSeen,
}: {
  account: string
  vm: Vm
  /** A dialog asked for by the URL (command palette); opened only when the action is possible. */
  requested?: string
  onRequestSeen?: () => void
}) {
  const can = useCan()
  const t = useT()
  const checks: Record<VmDialog, AnyCheck> = {
    stop: allOf(can('StopVms'), vmCan.stop(vm)),
    'force-stop': allOf(can('StopVms'), vmCan.forceStop(vm)),
    reboot: allOf(can('RebootVms'), vmCan.reboot(vm)),
    terminate: allOf(can('DeleteVms'), vmCan.terminate(vm)),
    edit: allOf(can('UpdateVm'), vmCan.edit(vm)),
  }
  const [open, setOpen] = useState<VmDialog | undefined>(() =>
    isVmDialog(requested) && checks[requested].allowed ? requested : undefined,
  )
  // Every new request counts, not only the one the page opened with: choosing an action in the command
  // palette while already on this VM's page changes `requested` without mounting this component again. Only a
  // new request runs the effect; it reads the checks as they are when the request comes.
  const latest = useRef({ checks, onRequestSeen, t })
  useEffect(() => {
    latest.current = { checks, onRequestSeen, t }
  })
  useEffect(() => {
    if (!requested) return
    const { checks, onRequestSeen, t } = latest.current
    if (isVmDialog(requested)) {
      const check = checks[requested]
      if (check.allowed) setOpen(requested)
      else notify({ tone: 'info', title: reasonText(check, t) ?? '' })
    }
    onRequestSeen?.()
  }, [requested])
  const name = vmName(vm) || vm.VmId || ''
  const vmIds = [vm.VmId ?? '']
  const start = useOscMutation(account, 'StartVms', {
    success: t('vms.starting', { name }),
    toastErrors: true,
  })
  const close = () => setOpen(undefined)
  return (
    <div
      role="group"
      aria-label={t('kit.detail.actions', { noun: t('resources.vm', { count: 1 }) })}
      className="flex flex-wrap gap-2"
    >
      <ActionButton
        check={allOf(can('StartVms'), vmCan.start(vm))}
        busy={start.isPending}
        onClick={() => start.mutate({ VmIds: vmIds })}
      >
        {t('vms.start')}
      </ActionButton>
      <ActionButton check={checks.stop} onClick={() => setOpen('stop')}>
        {t('vms.stop')}
      </ActionButton>
      <ActionButton check={checks['force-stop']} onClick={() => setOpen('force-stop')}>
        {t('vms.forceStop')}
      </ActionButton>
      <ActionButton check={checks.reboot} onClick={() => setOpen('reboot')}>
        {t('vms.reboot')}
      </ActionButton>
      <ActionButton check={checks.edit} onClick={() => setOpen('edit')}>
        {t('vms.edit')}
      </ActionButton>
      <ActionButton check={checks.terminate} variant="danger" onClick={() => setOpen('terminate')}>
        {t('vms.terminate')}
      </ActionButton>
      {open === 'stop' && (
        <ConfirmDialog
          account={account}
          action="StopVms"
          params={{ VmIds: vmIds }}
          title={t('vms.stop.title', { name })}
          confirmLabel={t('vms.stop.confirm')}
          success={t('vms.stopping', { name })}
          onClose={close}
        >
          <p>{t('vms.stop.body')}</p>
        </ConfirmDialog>
      )}
      {open === 'force-stop' && (
        <ConfirmDialog
          account={account}
          action="StopVms"
          params={{ VmIds: vmIds, ForceStop: true }}
          title={t('vms.forceStop.title', { name })}
          confirmLabel={t('vms.forceStop.confirm')}
          success={t('vms.stopping', { name })}
          onClose={close}
        >
          <p>{t('vms.forceStop.body')}</p>
        </ConfirmDialog>
      )}
      {open === 'reboot' && (
        <ConfirmDialog
          account={account}
          action="RebootVms"
          params={{ VmIds: vmIds }}
          title={t('vms.reboot.title', { name })}
          confirmLabel={t('vms.reboot.confirm')}
          success={t('vms.rebooting', { name })}
          onClose={close}
        >
          <p>{t('vms.reboot.body')}</p>
        </ConfirmDialog>
      )}
      {open === 'terminate' && <TerminateDialog account={account} vm={vm} name={name} onClose={close} />}
      {open === 'edit' && <VmEditDialog account={account} vm={vm} onClose={close} />}
    </div>
  )
}

function TerminateDialog({
  account,
  vm,
  name,
  onClose,
}: {
  account: string
  vm: Vm
  name: string
  onClose: () => void
}) {
  const t = useT()
  const navigate = useNavigate()
  const deleted = (vm.BlockDeviceMappings ?? []).filter((b) => b.Bsu?.DeleteOnVmDeletion)
  return (
    <ConfirmDialog
      account={account}
      action="DeleteVms"
      params={{ VmIds: [vm.VmId ?? ''] }}
      title={t('vms.terminate.title', { name })}
      confirmLabel={t('vms.terminate.confirm')}
      success={t('vms.terminating', { name })}
      danger
      typeToConfirm={{
        expected: name,
        label: (
          <FormattedMessage
            id="vms.terminate.type"
            values={{ name, b: (chunks) => <strong className="font-mono">{chunks}</strong> }}
          />
        ),
      }}
      onClose={onClose}
      onDone={() => void navigate({ to: '/$account/vms', params: { account } })}
    >
      <p>
        {t('vms.terminate.body')}
        {deleted.length > 0 &&
          ` ${t('vms.terminate.volumes', {
            count: deleted.length,
            ids: deleted.map((b) => b.Bsu?.VolumeId).join(', '),
          })}`}
      </p>
    </ConfirmDialog>
  )
}
