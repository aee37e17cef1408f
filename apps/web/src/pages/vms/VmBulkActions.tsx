// Bulk start/stop/reboot/terminate of the selected VMs through the BFF's operations API, which records the
// per-item results so they survive a reload.
import { useState } from 'react'
import type { Vm } from '@osc-console/osc-api'
import { useStartOperation } from '@osc-console/data'
import { ActionButton, allOf, type Check } from '../../ui/ActionButton.tsx'
import { Dialog } from '../../ui/Dialog.tsx'
import { ConfirmEnd } from '../../ui/ConfirmEnd.tsx'
import { useCan } from '../../app/account.ts'
import { bulkActions, type VmAction } from './vm-rules.ts'
import { vmName } from './vm-format.ts'

export function VmBulkActions({
  account,
  selected,
  onStarted,
}: {
  account: string
  selected: Vm[]
  onStarted: (operationId: string) => void
}) {
  const can = useCan()
  const [open, setOpen] = useState<VmAction | undefined>()
  if (selected.length === 0) return null
  const checkFor = (key: VmAction): Check => {
    const { action, rule, past } = bulkActions[key]
    const eligible = selected.filter((vm) => rule(vm).allowed)
    const first = selected.map(rule).find((c) => !c.allowed)
    return allOf(
      can(action),
      eligible.length > 0
        ? { allowed: true }
        : {
            allowed: false,
            reason:
              `None of the selected VMs can be ${past}. ${first && !first.allowed ? first.reason : ''}`.trim(),
          },
    )
  }
  return (
    <div role="group" aria-label="Actions on selected VMs" className="flex items-center gap-2">
      <span className="text-sm muted">{selected.length} selected</span>
      {(Object.keys(bulkActions) as VmAction[]).map((key) => (
        <ActionButton
          key={key}
          check={checkFor(key)}
          variant={key === 'terminate' ? 'danger' : 'default'}
          onClick={() => setOpen(key)}
        >
          {bulkActions[key].label}
        </ActionButton>
      ))}
      {open && (
        <BulkDialog
          account={account}
          actionKey={open}
          selected={selected}
          onClose={() => setOpen(undefined)}
          onStarted={(id) => {
            setOpen(undefined)
            onStarted(id)
          }}
        />
      )}
    </div>
  )
}

function BulkDialog({
  account,
  actionKey,
  selected,
  onClose,
  onStarted,
}: {
  account: string
  actionKey: VmAction
  selected: Vm[]
  onClose: () => void
  onStarted: (id: string) => void
}) {
  const { action, label, rule } = bulkActions[actionKey]
  const eligible = selected.filter((vm) => rule(vm).allowed)
  const skipped = selected.filter((vm) => !rule(vm).allowed)
  const start = useStartOperation()
  const [confirmText, setConfirmText] = useState('')
  const needsTyping = actionKey === 'terminate'
  const confirmed = !needsTyping || confirmText.trim() === 'terminate'
  const ids = eligible.map((vm) => vm.VmId ?? '')
  const submit = () =>
    start.mutate(
      { account, action, items: ids.map((id) => ({ resourceId: id, params: { VmIds: [id] } })) },
      { onSuccess: ({ id }) => onStarted(id) },
    )
  const noun = eligible.length === 1 ? 'VM' : 'VMs'
  return (
    <Dialog title={`${label} ${eligible.length} ${noun}`} onClose={onClose}>
      <p className="text-sm">
        {label} these {eligible.length} {noun}:
      </p>
      <ul className="mt-1 max-h-40 overflow-y-auto text-sm">
        {eligible.map((vm) => (
          <li key={vm.VmId}>
            {vmName(vm) || '(no name)'} <span className="font-mono text-xs muted">{vm.VmId}</span>
          </li>
        ))}
      </ul>
      {skipped.length > 0 && (
        <div className="mt-2 text-sm">
          <p className="font-medium">Skipped ({skipped.length}):</p>
          <ul className="max-h-32 overflow-y-auto">
            {skipped.map((vm) => {
              const check = rule(vm)
              return (
                <li key={vm.VmId} className="muted">
                  {vmName(vm) || vm.VmId}: {check.allowed ? '' : check.reason}
                </li>
              )
            })}
          </ul>
        </div>
      )}
      {needsTyping && (
        <label className="mt-3 block text-sm">
          Type <strong>terminate</strong> to confirm. Terminated VMs and their deleted volumes cannot be
          recovered.
          <input
            className="input mt-1"
            value={confirmText}
            onChange={(e) => setConfirmText(e.target.value)}
          />
        </label>
      )}
      <ConfirmEnd
        action={action}
        params={{ VmIds: ids }}
        error={start.error}
        busy={start.isPending}
        check={confirmed ? { allowed: true } : { allowed: false, reason: 'Type terminate to confirm.' }}
        variant={actionKey === 'terminate' ? 'danger' : 'primary'}
        onConfirm={submit}
        onClose={onClose}
      >
        {`${label} ${eligible.length} ${noun}`}
      </ConfirmEnd>
    </Dialog>
  )
}
