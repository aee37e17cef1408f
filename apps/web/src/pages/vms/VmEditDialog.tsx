// Edit a VM: its name (the Name tag), type (only while stopped), security groups and deletion protection.
import { useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import type { Request, Vm } from '@osc-console/osc-api'
import { oscQueryAll, useOscMutation } from '@osc-console/data'
import { Dialog } from '../../ui/Dialog.tsx'
import { ErrorPanel } from '../../ui/ErrorPanel.tsx'
import { CommandPreview } from '../../ui/CommandPreview.tsx'
import { ActionButton } from '../../ui/ActionButton.tsx'
import { vmCan } from './vm-rules.ts'
import { vmName } from './vm-format.ts'

export function VmEditDialog({ account, vm, onClose }: { account: string; vm: Vm; onClose: () => void }) {
  const [name, setName] = useState(vmName(vm))
  const [type, setType] = useState(vm.VmType ?? '')
  const [groups, setGroups] = useState<string[]>(
    (vm.SecurityGroups ?? []).map((g) => g.SecurityGroupId ?? ''),
  )
  const [protection, setProtection] = useState(Boolean(vm.DeletionProtection))
  const types = useQuery(oscQueryAll(account, 'ReadVmTypes', {}))
  const securityGroups = useQuery(
    oscQueryAll(account, 'ReadSecurityGroups', vm.NetId ? { Filters: { NetIds: [vm.NetId] } } : {}),
  )
  const typeCheck = vmCan.changeType(vm)
  const update = useOscMutation(account, 'UpdateVm', { success: false })
  const tag = useOscMutation(account, 'CreateTags', { success: false })

  const params: Request<'UpdateVm'> = { VmId: vm.VmId ?? '' }
  if (type !== vm.VmType) params.VmType = type
  const originalGroups = (vm.SecurityGroups ?? [])
    .map((g) => g.SecurityGroupId)
    .sort()
    .join(',')
  if ([...groups].sort().join(',') !== originalGroups) params.SecurityGroupIds = groups
  if (protection !== Boolean(vm.DeletionProtection)) params.DeletionProtection = protection
  const nameChanged = name.trim() !== vmName(vm)
  const updateNeeded = Object.keys(params).length > 1
  const error = update.error ?? tag.error

  const save = async () => {
    if (nameChanged) {
      await tag.mutateAsync({ ResourceIds: [vm.VmId ?? ''], Tags: [{ Key: 'Name', Value: name.trim() }] })
    }
    if (updateNeeded) await update.mutateAsync(params)
    onClose()
  }

  return (
    <Dialog title={`Edit ${vmName(vm) || vm.VmId}`} onClose={onClose} wide>
      <form
        className="flex flex-col gap-3 text-sm"
        onSubmit={(event) => {
          event.preventDefault()
          void save().catch(() => undefined)
        }}
      >
        <label className="flex flex-col gap-1">
          Name
          <input className="input" value={name} onChange={(e) => setName(e.target.value)} maxLength={255} />
        </label>
        <label className="flex flex-col gap-1">
          VM type
          <select
            className="input"
            value={type}
            disabled={!typeCheck.allowed}
            aria-describedby="vm-type-reason"
            onChange={(e) => setType(e.target.value)}
          >
            {!types.data?.VmTypes?.some((t) => t.VmTypeName === type) && <option value={type}>{type}</option>}
            {(types.data?.VmTypes ?? []).map((t) => (
              <option key={t.VmTypeName} value={t.VmTypeName}>
                {t.VmTypeName} — {t.VcoreCount} vCPU, {t.MemorySize} GiB
              </option>
            ))}
          </select>
          {!typeCheck.allowed && (
            <span id="vm-type-reason" className="text-xs muted">
              {typeCheck.reason}
            </span>
          )}
        </label>
        <fieldset className="flex flex-col gap-1">
          <legend>Security groups</legend>
          <div className="flex max-h-32 flex-col overflow-y-auto">
            {(securityGroups.data?.SecurityGroups ?? []).map((g) => (
              <label key={g.SecurityGroupId} className="flex items-center gap-2">
                <input
                  type="checkbox"
                  checked={groups.includes(g.SecurityGroupId ?? '')}
                  onChange={(e) =>
                    setGroups((old) =>
                      e.target.checked
                        ? [...old, g.SecurityGroupId ?? '']
                        : old.filter((id) => id !== g.SecurityGroupId),
                    )
                  }
                />
                {g.SecurityGroupName} <span className="font-mono text-xs muted">{g.SecurityGroupId}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={protection} onChange={(e) => setProtection(e.target.checked)} />
          Deletion protection (the VM cannot be terminated while it is on)
        </label>
        {groups.length === 0 && (
          <p className="text-red-700 dark:text-red-300">Choose at least one security group.</p>
        )}
        {error && <ErrorPanel error={error} />}
        {updateNeeded && <CommandPreview action="UpdateVm" params={params} />}
        {nameChanged && (
          <CommandPreview
            action="CreateTags"
            params={{ ResourceIds: [vm.VmId], Tags: [{ Key: 'Name', Value: name.trim() }] }}
          />
        )}
        <div className="mt-2 flex justify-end gap-2">
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <ActionButton
            check={
              !updateNeeded && !nameChanged
                ? { allowed: false, reason: 'Nothing has changed.' }
                : groups.length === 0
                  ? { allowed: false, reason: 'Choose at least one security group.' }
                  : { allowed: true }
            }
            busy={update.isPending || tag.isPending}
            variant="primary"
            onClick={() => void save().catch(() => undefined)}
          >
            Save changes
          </ActionButton>
        </div>
      </form>
    </Dialog>
  )
}
