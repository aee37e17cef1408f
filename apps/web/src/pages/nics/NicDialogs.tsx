// The NIC page's forms, loaded with the first one opened: attach to a VM, add private addresses, choose its
// security groups. Each checks what OUTSCALE would refuse before sending, and offers a DryRun.
import { useForm, useWatch } from 'react-hook-form'
import { useQuery } from '@tanstack/react-query'
import { oscQueryAll, useOscMutation } from '@osc-console/data'
import type { LinkNicRequest, LinkPrivateIpsRequest, Nic } from '@osc-console/osc-api'
import { useCan } from '../../app/account.ts'
import { text, useT } from '../../i18n/text.ts'
import { FormShell } from '../../forms/FormShell.tsx'
import { SideDialog } from '../../forms/SideDialog.tsx'
import { checksResolver } from '../../forms/field-errors.ts'
import {
  CheckboxGroupField,
  NumberField,
  RadioGroupField,
  SelectField,
  TextField,
} from '../../forms/fields.tsx'
import { dryRun, step } from '../../forms/steps.ts'
import { itemsOf, labelOf } from '../../kit/descriptor.ts'
import { listQuery } from '../../kit/queries.ts'
import { nicResource, readersChangedBy, vmResource } from '../../kit/registry.ts'
import { useNetwork } from '../nets/net-data.ts'
import { attachableVms, freeDeviceNumber, privateIpProblem } from './nic-rules.ts'

interface DialogProps {
  account: string
  nic: Nic
  onClose: () => void
}

function Cancel({ onClose }: { onClose: () => void }) {
  const t = useT()
  return (
    <button type="button" className="btn" onClick={onClose}>
      {t('nics.cancel')}
    </button>
  )
}

interface AttachForm {
  vmId: string
  device: number
}

export function NicAttachDialog({ account, nic, onClose }: DialogProps) {
  const t = useT()
  const allowed = useCan()('LinkNic')
  const vms = itemsOf(vmResource, useQuery(listQuery(vmResource, account)).data)
  const link = useOscMutation(account, 'LinkNic', {
    success: (_, params) => t('nics.attached', { vm: params.VmId }),
    alsoInvalidates: readersChangedBy('LinkNic'),
  })
  const candidates = attachableVms(nic, vms)
  const vmOf = (id: string) => vms.find((v) => v.VmId === id)
  const form = useForm<AttachForm>({
    defaultValues: { vmId: '', device: 1 },
    resolver: checksResolver<AttachForm>(
      (v) => ({
        vmId: v.vmId ? undefined : text('nics.attach.chooseVm'),
        device:
          !Number.isInteger(v.device) || v.device < 1 || v.device > 7
            ? text('nics.attach.device.range')
            : vmOf(v.vmId)?.Nics?.some((n) => n.LinkNic?.DeviceNumber === v.device)
              ? text('nics.attach.device.used', { device: v.device })
              : undefined,
      }),
      t,
    ),
  })
  const values = useWatch({ control: form.control }) as AttachForm
  const request = (v: AttachForm): LinkNicRequest => ({
    NicId: nic.NicId ?? '',
    VmId: v.vmId,
    DeviceNumber: v.device,
  })
  return (
    <SideDialog title={t('nics.attach.title')} closeLabel={t('nics.close')} onClose={onClose}>
      <FormShell
        form={form}
        label={t('nics.attach.title')}
        fields={{ VmId: 'vmId', DeviceNumber: 'device' }}
        commands={[{ action: 'LinkNic', params: request(values) }]}
        check={allowed}
        dryRun={(v) => dryRun(account, 'LinkNic', request(v))}
        onSubmit={async (v) => {
          await step(t('nics.attach.failed'), () => link.mutateAsync(request(v)))
          onClose()
        }}
        submitLabel={t('nics.attach.submit')}
        actions={<Cancel onClose={onClose} />}
      >
        <p className="muted">
          {t('nics.attach.intro', { net: nic.NetId ?? '', subregion: nic.SubregionName ?? '' })}
        </p>
        <SelectField
          control={form.control}
          name="vmId"
          label={t('nics.attach.vm')}
          hint={candidates.length === 0 ? t('nics.attach.noVm') : undefined}
          empty={t('nics.choose')}
          options={candidates.map((vm) => ({
            value: vm.VmId ?? '',
            label: `${labelOf(vmResource, vm)} (${vm.VmId ?? ''}, ${vm.State ?? ''})`,
          }))}
          onValueChange={(id) => form.setValue('device', freeDeviceNumber(vmOf(id)) ?? 1)}
        />
        <NumberField
          control={form.control}
          name="device"
          label={t('nics.attach.device')}
          hint={t('nics.attach.device.hint')}
          min={1}
          max={7}
        />
      </FormShell>
    </SideDialog>
  )
}

interface IpForm {
  mode: 'given' | 'count'
  address: string
  count: number
}

export function NicPrivateIpDialog({ account, nic, onClose }: DialogProps) {
  const t = useT()
  const allowed = useCan()('LinkPrivateIps')
  const network = useNetwork(account)
  const nics = itemsOf(nicResource, useQuery(listQuery(nicResource, account)).data)
  const subnet = network.subnets.find((s) => s.SubnetId === nic.SubnetId)
  const add = useOscMutation(account, 'LinkPrivateIps', {
    success: t('nics.ips.added'),
    alsoInvalidates: readersChangedBy('LinkPrivateIps'),
  })
  const form = useForm<IpForm>({
    defaultValues: { mode: 'given', address: '', count: 1 },
    resolver: checksResolver<IpForm>(
      (v) => ({
        address:
          v.mode === 'given'
            ? v.address.trim()
              ? privateIpProblem(v.address, subnet, nics)
              : text('nics.ips.giveAddress')
            : undefined,
        count:
          v.mode === 'count' && (!Number.isInteger(v.count) || v.count < 1 || v.count > 10)
            ? text('nics.ips.countRange')
            : undefined,
      }),
      t,
    ),
  })
  const values = useWatch({ control: form.control }) as IpForm
  const request = (v: IpForm): LinkPrivateIpsRequest =>
    v.mode === 'given'
      ? { NicId: nic.NicId ?? '', PrivateIps: [v.address.trim()] }
      : { NicId: nic.NicId ?? '', SecondaryPrivateIpCount: v.count }
  return (
    <SideDialog title={t('nics.ips.add')} closeLabel={t('nics.close')} onClose={onClose}>
      <FormShell
        form={form}
        label={t('nics.ips.add')}
        fields={{ PrivateIps: 'address', SecondaryPrivateIpCount: 'count' }}
        commands={[{ action: 'LinkPrivateIps', params: request(values) }]}
        check={allowed}
        dryRun={(v) => dryRun(account, 'LinkPrivateIps', request(v))}
        onSubmit={async (v) => {
          await step(t('nics.ips.failed'), () => add.mutateAsync(request(v)))
          onClose()
        }}
        submitLabel={t('nics.ips.submit')}
        actions={<Cancel onClose={onClose} />}
      >
        <p className="muted">{t('nics.ips.intro', { range: subnet?.IpRange ?? '' })}</p>
        <RadioGroupField
          control={form.control}
          name="mode"
          label={t('nics.ips.mode')}
          options={[
            { value: 'given', label: t('nics.ips.mode.given') },
            { value: 'count', label: t('nics.ips.mode.count') },
          ]}
        />
        {values.mode === 'given' ? (
          <TextField
            control={form.control}
            name="address"
            label={t('nics.ips.address')}
            className="font-mono"
            placeholder="10.0.1.50"
          />
        ) : (
          <NumberField control={form.control} name="count" label={t('nics.ips.count')} min={1} max={10} />
        )}
      </FormShell>
    </SideDialog>
  )
}

interface GroupsForm {
  groups: string[]
}

export function NicGroupsDialog({ account, nic, onClose }: DialogProps) {
  const t = useT()
  const allowed = useCan()('UpdateNic')
  const groups = useQuery(oscQueryAll(account, 'ReadSecurityGroups', {}))
  const update = useOscMutation(account, 'UpdateNic', {
    success: t('nics.groups.saved'),
    alsoInvalidates: readersChangedBy('UpdateNic'),
  })
  const form = useForm<GroupsForm>({
    defaultValues: { groups: (nic.SecurityGroups ?? []).map((g) => g.SecurityGroupId ?? '') },
    resolver: checksResolver<GroupsForm>(
      (v) => ({ groups: v.groups.length === 0 ? text('nics.groups.atLeastOne') : undefined }),
      t,
    ),
  })
  const chosen = useWatch({ control: form.control, name: 'groups' })
  const request = (ids: string[]) => ({ NicId: nic.NicId ?? '', SecurityGroupIds: ids })
  const netGroups = (groups.data?.SecurityGroups ?? []).filter((g) => g.NetId === nic.NetId)
  return (
    <SideDialog title={t('nics.groups.edit')} closeLabel={t('nics.close')} onClose={onClose}>
      <FormShell
        form={form}
        label={t('nics.groups.edit')}
        fields={{ SecurityGroupIds: 'groups' }}
        commands={[{ action: 'UpdateNic', params: request(chosen) }]}
        check={allowed}
        dryRun={(v) => dryRun(account, 'UpdateNic', request(v.groups))}
        onSubmit={async (v) => {
          await step(t('nics.groups.failed'), () => update.mutateAsync(request(v.groups)))
          onClose()
        }}
        submitLabel={t('nics.groups.submit')}
        actions={<Cancel onClose={onClose} />}
      >
        <p className="muted">{t('nics.groups.intro')}</p>
        <CheckboxGroupField
          control={form.control}
          name="groups"
          label={t('nics.col.groups')}
          className=""
          options={netGroups.map((g) => ({
            value: g.SecurityGroupId ?? '',
            label: `${g.SecurityGroupName ?? ''} (${g.SecurityGroupId ?? ''})`,
          }))}
        />
      </FormShell>
    </SideDialog>
  )
}
