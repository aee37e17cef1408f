// Edit a VM: its name (the Name tag), type (only while stopped), security groups and deletion protection.
import { useForm, useWatch } from 'react-hook-form'
import { useQuery } from '@tanstack/react-query'
import type { Request, Vm } from '@osc-console/osc-api'
import { oscQueryAll, useOscMutation } from '@osc-console/data'
import { text } from '../../i18n/text.ts'
import { useT } from '../../i18n/text.ts'
import { FormShell, type Command } from '../../forms/FormShell.tsx'
import { SideDialog } from '../../forms/SideDialog.tsx'
import { checksResolver } from '../../forms/field-errors.ts'
import { CheckboxField, CheckboxGroupField, SelectField, TextField } from '../../forms/fields.tsx'
import { step } from '../../forms/steps.ts'
import { vmCan } from './vm-rules.ts'
import { vmName } from './vm-format.ts'

interface EditVmForm {
  name: string
  vmType: string
  securityGroupIds: string[]
  deletionProtection: boolean
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  [...a].sort().join(',') === [...b].sort().join(',')

/** The calls that bring the VM to the form's values: only what changed is sent. */
function changes(vm: Vm, form: EditVmForm) {
  const params: Request<'UpdateVm'> = { VmId: vm.VmId ?? '' }
  if (form.vmType !== vm.VmType) params.VmType = form.vmType
  const groups = (vm.SecurityGroups ?? []).map((g) => g.SecurityGroupId ?? '')
  if (!sameSet(form.securityGroupIds, groups)) params.SecurityGroupIds = form.securityGroupIds
  if (form.deletionProtection !== Boolean(vm.DeletionProtection))
    params.DeletionProtection = form.deletionProtection
  const name = form.name.trim()
  return {
    update: Object.keys(params).length > 1 ? params : undefined,
    tag:
      name !== vmName(vm)
        ? { ResourceIds: [vm.VmId ?? ''], Tags: [{ Key: 'Name', Value: name }] }
        : undefined,
  }
}

export function VmEditDialog({ account, vm, onClose }: { account: string; vm: Vm; onClose: () => void }) {
  const t = useT()
  const form = useForm<EditVmForm>({
    // Checked as the person edits: unticking the last security group says at once why Save is refused.
    mode: 'onChange',
    defaultValues: {
      name: vmName(vm),
      vmType: vm.VmType ?? '',
      securityGroupIds: (vm.SecurityGroups ?? []).map((g) => g.SecurityGroupId ?? ''),
      deletionProtection: Boolean(vm.DeletionProtection),
    },
    resolver: checksResolver<EditVmForm>(
      (values) => (values.securityGroupIds.length ? {} : { securityGroupIds: text('vmForms.edit.oneGroup') }),
      t,
    ),
  })
  const values = useWatch({ control: form.control }) as EditVmForm
  const types = useQuery(oscQueryAll(account, 'ReadVmTypes', {}))
  const securityGroups = useQuery(
    oscQueryAll(account, 'ReadSecurityGroups', vm.NetId ? { Filters: { NetIds: [vm.NetId] } } : {}),
  )
  const typeCheck = vmCan.changeType(vm)
  const update = useOscMutation(account, 'UpdateVm', { success: false })
  const tag = useOscMutation(account, 'CreateTags', { success: false })
  const pending = changes(vm, values)
  const commands: Command[] = [
    ...(pending.update ? [{ action: 'UpdateVm', params: pending.update }] : []),
    ...(pending.tag ? [{ action: 'CreateTags', params: pending.tag }] : []),
  ]

  const save = async (form: EditVmForm) => {
    const { update: params, tag: tags } = changes(vm, form)
    await step(t('vmForms.edit.failed'), async () => {
      if (tags) await tag.mutateAsync(tags)
      if (params) await update.mutateAsync(params)
    })
    onClose()
  }

  return (
    <SideDialog
      title={t('vmForms.edit.title', { name: vmName(vm) || vm.VmId || '' })}
      closeLabel={t('vmForms.edit.close')}
      onClose={onClose}
    >
      <FormShell
        form={form}
        label={t('vmForms.edit.title', { name: vmName(vm) || vm.VmId || '' })}
        fields={{
          VmType: 'vmType',
          SecurityGroupIds: 'securityGroupIds',
          DeletionProtection: 'deletionProtection',
          Tags: 'name',
        }}
        onSubmit={save}
        commands={commands}
        check={
          commands.length === 0
            ? { allowed: false, reason: t('vmForms.edit.nothingChanged') }
            : values.securityGroupIds.length === 0
              ? { allowed: false, reason: t('vmForms.edit.oneGroup') }
              : { allowed: true }
        }
        submitLabel={t('vmForms.edit.save')}
        actions={
          <button type="button" className="btn" onClick={onClose}>
            {t('forms.cancel')}
          </button>
        }
      >
        <TextField control={form.control} name="name" label={t('vmForms.edit.name')} maxLength={255} />
        <SelectField
          control={form.control}
          name="vmType"
          label={t('vmForms.edit.vmType')}
          disabled={!typeCheck.allowed}
          hint={typeCheck.allowed ? undefined : t(typeCheck.reason)}
          options={(types.data?.VmTypes ?? []).map((type) => ({
            value: type.VmTypeName ?? '',
            label: t('vmForms.type.option', {
              name: type.VmTypeName ?? '',
              vcpu: type.VcoreCount ?? 0,
              memory: type.MemorySize ?? 0,
            }),
          }))}
        />
        <CheckboxGroupField
          control={form.control}
          name="securityGroupIds"
          label={t('vmForms.securityGroups')}
          className="max-h-32"
          options={(securityGroups.data?.SecurityGroups ?? []).map((g) => ({
            value: g.SecurityGroupId ?? '',
            label: (
              <>
                {g.SecurityGroupName} <span className="font-mono text-xs muted">{g.SecurityGroupId}</span>
              </>
            ),
          }))}
        />
        <CheckboxField
          control={form.control}
          name="deletionProtection"
          label={t('vmForms.edit.deletionProtection')}
        />
      </FormShell>
    </SideDialog>
  )
}
