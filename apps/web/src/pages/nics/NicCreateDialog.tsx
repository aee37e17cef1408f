// Create a NIC in a Subnet: a description, its primary private address (given, or the next free one), the
// security groups of the Subnet's Net (its default group when none is chosen) and a name, with a DryRun offered.
import { useForm, useWatch } from 'react-hook-form'
import { useQuery } from '@tanstack/react-query'
import { useNavigate } from '@tanstack/react-router'
import { oscQueryAll, useOscMutation } from '@osc-console/data'
import type { CreateNicRequest } from '@osc-console/osc-api'
import { useCan } from '../../app/account.ts'
import { text, useT } from '../../i18n/text.ts'
import { FormShell } from '../../forms/FormShell.tsx'
import { SideDialog } from '../../forms/SideDialog.tsx'
import { checksResolver } from '../../forms/field-errors.ts'
import { CheckboxGroupField, SelectField, TextField } from '../../forms/fields.tsx'
import { dryRun, step } from '../../forms/steps.ts'
import { nameTagCommands, nameTagProblem, useNameTag } from '../../forms/name-tag.ts'
import { labelOf } from '../../kit/descriptor.ts'
import { nicResource, subnetResource } from '../../kit/registry.ts'
import { listQuery } from '../../kit/queries.ts'
import { itemsOf } from '../../kit/descriptor.ts'
import { paths } from '../../paths.ts'
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
  const navigate = useNavigate()
  const network = useNetwork(account)
  const groups = useQuery(oscQueryAll(account, 'ReadSecurityGroups', {}))
  const nics = useQuery(listQuery(nicResource, account))
  const create = useOscMutation(account, 'CreateNic', {
    success: (data) => t('nics.create.done', { id: data.Nic?.NicId ?? '' }),
  })
  const tagName = useNameTag(account)
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
  const values = useWatch({ control: form.control }) as NicForm
  const netId = subnetOf(values.subnetId)?.NetId
  const netGroups = (groups.data?.SecurityGroups ?? []).filter((g) => netId && g.NetId === netId)
  const allowed = can('CreateNic')
  return (
    <SideDialog title={t('nics.create.title')} closeLabel={t('nics.close')} onClose={onClose}>
      {!allowed.allowed ? (
        <p className="text-sm">
          {t('nics.create.notAllowed')} <span className="muted">{allowed.reason}</span>
        </p>
      ) : (
        <FormShell
          form={form}
          label={t('nics.create.title')}
          fields={{
            SubnetId: 'subnetId',
            Description: 'description',
            PrivateIps: 'privateIp',
            SecurityGroupIds: 'groups',
          }}
          commands={[
            { action: 'CreateNic', params: request(values) },
            ...nameTagCommands(values.name, '<new NIC id>'),
          ]}
          check={allowed}
          dryRun={(v) => dryRun(account, 'CreateNic', request(v))}
          onSubmit={async (v) => {
            const answer = await step(t('nics.create.failed'), () => create.mutateAsync(request(v)))
            const id = answer.Nic?.NicId ?? ''
            await tagName(id, v.name)
            onClose()
            if (id) void navigate(paths.resource({ account, section: 'nics', id }))
          }}
          submitLabel={t('nics.create.submit')}
          actions={
            <button type="button" className="btn" onClick={onClose}>
              {t('nics.cancel')}
            </button>
          }
        >
          <p className="muted">{t('nics.create.intro')}</p>
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
          <TextField control={form.control} name="name" label={t('nics.create.name')} maxLength={255} />
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
        </FormShell>
      )}
    </SideDialog>
  )
}
