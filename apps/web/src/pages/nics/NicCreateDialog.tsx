// Create a NIC in a Subnet: a description, its primary private address (given, or the next free one), the
// security groups of the Subnet's Net (its default group when none is chosen) and a name, with a DryRun offered.
import { useForm, useWatch } from 'react-hook-form'
import { useQuery } from '@tanstack/react-query'
import { oscQueryAll } from '@osc-console/data'
import type { CreateNicRequest } from '@osc-console/osc-api'
import { useCan } from '../../app/account.ts'
import { text, useT } from '../../i18n/text.ts'
import { CreateDialog } from '../../forms/CreateDialog.tsx'
import { checksResolver } from '../../forms/field-errors.ts'
import { CheckboxGroupField, SelectField, TextField } from '../../forms/fields.tsx'
import { nameTagProblem } from '../../forms/name-tag.ts'
import { labelOf } from '../../kit/descriptor.ts'
import { nicResource, subnetResource } from '../../kit/registry.ts'
import { listQuery } from '../../kit/queries.ts'
import { itemsOf } from '../../kit/descriptor.ts'
import { useNetwork } from '../nets/net-data.ts'
import { privateIpProblem } from './nic-rules.ts'

interface NicForm {
  subnetId: string
  name: string
  description: string
  privateIp: string
  groups: string[]
}

const request = (v: NicForm): CreateNicRequest => ({
  SubnetId: v.subnetId,
  ...(v.description.trim() ? { Description: v.description.trim() } : {}),
  ...(v.privateIp.trim() ? { PrivateIps: [{ PrivateIp: v.privateIp.trim(), IsPrimary: true }] } : {}),
  ...(v.groups.length ? { SecurityGroupIds: v.groups } : {}),
})

export function NicCreateDialog({ account, onClose }: { account: string; onClose: () => void }) {
  const t = useT()
  const can = useCan()
  const network = useNetwork(account)
  const groups = useQuery(oscQueryAll(account, 'ReadSecurityGroups', {}))
  const nics = useQuery(listQuery(nicResource, account))
  const subnetOf = (id: string) => network.subnets.find((s) => s.SubnetId === id)
  const form = useForm<NicForm>({
    defaultValues: { subnetId: '', name: '', description: '', privateIp: '', groups: [] },
    resolver: checksResolver<NicForm>(
      (v) => ({
        subnetId: v.subnetId ? undefined : text('nics.create.chooseSubnet'),
        name: nameTagProblem(v.name),
        privateIp: privateIpProblem(v.privateIp, subnetOf(v.subnetId), itemsOf(nicResource, nics.data)),
      }),
      t,
    ),
  })
  const subnetId = useWatch({ control: form.control, name: 'subnetId' })
  const netId = subnetOf(subnetId)?.NetId
  const netGroups = (groups.data?.SecurityGroups ?? []).filter((g) => netId && g.NetId === netId)
  return (
    <CreateDialog
      account={account}
      onClose={onClose}
      words="nics"
      action="CreateNic"
      request={request}
      createdId={(answer) => answer.Nic?.NicId}
      newId="<new NIC id>"
      section="nics"
      form={form}
      fields={{
        SubnetId: 'subnetId',
        Description: 'description',
        PrivateIps: 'privateIp',
        SecurityGroupIds: 'groups',
      }}
      allowed={can('CreateNic')}
      beforeName={
        <SelectField
          control={form.control}
          name="subnetId"
          label={t('nics.create.subnet')}
          empty={t('nics.choose')}
          options={network.subnets.map((s) => ({
            value: s.SubnetId ?? '',
            label: t('nics.create.subnetOption', {
              name: labelOf(subnetResource, s),
              range: s.IpRange ?? '',
              net: s.NetId ?? '',
              subregion: s.SubregionName ?? '',
            }),
          }))}
          onValueChange={() => form.setValue('groups', [])}
        />
      }
    >
      <TextField
        control={form.control}
        name="description"
        label={t('nics.create.description')}
        maxLength={255}
      />
      <TextField
        control={form.control}
        name="privateIp"
        label={t('nics.create.privateIp')}
        hint={t('nics.create.privateIp.hint')}
        className="font-mono"
        placeholder="10.0.1.50"
      />
      {netId && (
        <CheckboxGroupField
          control={form.control}
          name="groups"
          label={t('nics.create.groups')}
          hint={t('nics.create.groups.hint')}
          className=""
          options={netGroups.map((g) => ({
            value: g.SecurityGroupId ?? '',
            label: `${g.SecurityGroupName ?? ''} (${g.SecurityGroupId ?? ''})`,
          }))}
        />
      )}
    </CreateDialog>
  )
}
