// Create a security group: name, description, and the Net it belongs to (or the public cloud), with the sg_limit
// quota checked before sending and a DryRun offered. From the list, the new group opens at once, ready for its
// rules; from the create-VM form, the Net is the VM's, common rules (SSH, HTTP…) can be added in the same go, and
// the new group is chosen for the VM.
import { useForm, useWatch } from 'react-hook-form'
import { useQuery } from '@tanstack/react-query'
import { oscQueryAll, useOscMutation } from '@osc-console/data'
import type { SecurityGroup } from '@osc-console/osc-api'
import { useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { useQuotaCheck } from '../../forms/QuotaCheck.tsx'
import { CreateDialog } from '../../forms/CreateDialog.tsx'
import { step } from '../../forms/steps.ts'
import { checksResolver } from '../../forms/field-errors.ts'
import { CheckboxGroupField, SelectField, TextField } from '../../forms/fields.tsx'
import { listQuery } from '../../kit/queries.ts'
import { itemsOf } from '../../kit/descriptor.ts'
import { securityGroupResource } from '../../kit/registry.ts'
import {
  createGroupRequest,
  descriptionProblem,
  groupNameProblem,
  groupQuotaNeeds,
  presetRulesRequest,
  presetSourcesProblem,
  type CreateGroupForm,
} from './sg-create.ts'
import { myIpSource, presets } from './sg-rules.ts'
import { AddMyIp } from './AddMyIp.tsx'
import { meAddressQuery } from './sg-queries.ts'

/** The preset rules' call as the command preview shows it, before the group (and its id) exists. */
const previewRules = (values: CreateGroupForm) => {
  const rules = presetRulesRequest('<new group id>', values)
  return rules ? [{ action: 'CreateSecurityGroupRule', params: rules }] : []
}

const addSource = (sources: string, cidr: string) => {
  const list = sources.split(/[\s,]+/).filter(Boolean)
  return list.includes(cidr) ? sources : [...list, cidr].join(', ')
}

export interface SgCreateDialogProps {
  account: string
  onClose: () => void
  /** The Net the group must be in ('' for the public cloud), when the form that opens the dialog decides it. */
  fixedNet?: string
  /** Told the new group's id instead of opening its page; the dialog then offers preset rules. */
  onCreated?: (id: string) => void
}

export function SgCreateDialog({ account, onClose, fixedNet, onCreated }: SgCreateDialogProps) {
  const t = useT()
  const can = useCan()
  const nets = useQuery(oscQueryAll(account, 'ReadNets', {}))
  const groups = useQuery(listQuery(securityGroupResource, account))
  const existing: SecurityGroup[] = itemsOf(securityGroupResource, groups.data)
  const quota = useQuotaCheck(account, groupQuotaNeeds)
  const addRules = useOscMutation(account, 'CreateSecurityGroupRule', {
    success: (_, params) => t('sg.rules.added', { count: params.Rules?.length ?? 1 }),
  })
  const address = useQuery({ ...meAddressQuery(), enabled: Boolean(onCreated) })
  const myIp = address.data ? myIpSource(address.data) : undefined
  const withPresets = Boolean(onCreated)
  const form = useForm<CreateGroupForm>({
    defaultValues: { name: '', description: '', netId: fixedNet ?? '', presets: [], presetSources: '' },
    resolver: checksResolver<CreateGroupForm>(
      (values) => ({
        name: groupNameProblem(
          values.name,
          existing.filter((g) => (g.NetId ?? '') === values.netId).map((g) => g.SecurityGroupName ?? ''),
        ),
        description: descriptionProblem(values.description),
        presetSources: presetSourcesProblem(values),
      }),
      t,
    ),
  })
  const values = useWatch({ control: form.control }) as CreateGroupForm
  return (
    <CreateDialog
      account={account}
      onClose={onClose}
      words="sg"
      action="CreateSecurityGroup"
      request={createGroupRequest}
      createdId={(answer) => answer.SecurityGroup?.SecurityGroupId}
      newId="<new group id>"
      section="security-groups"
      nameTag={false}
      {...(onCreated ? { onCreated } : {})}
      form={form}
      fields={{ SecurityGroupName: 'name', Description: 'description', NetId: 'netId' }}
      allowed={can('CreateSecurityGroup')}
      quota={quota}
      after={{
        commands: previewRules,
        run: async (id, v) => {
          const rules = presetRulesRequest(id, v)
          if (rules) await step(t('sg.create.rulesFailed'), () => addRules.mutateAsync(rules))
        },
      }}
    >
      <TextField
        control={form.control}
        name="name"
        label={t('sg.create.name')}
        hint={t('sg.create.name.hint')}
        maxLength={255}
      />
      <TextField
        control={form.control}
        name="description"
        label={t('sg.create.description')}
        hint={t('sg.create.description.hint')}
        maxLength={255}
      />
      {fixedNet === undefined ? (
        <SelectField
          control={form.control}
          name="netId"
          label={t('sg.create.net')}
          hint={t('sg.create.net.hint')}
          empty={t('sg.publicCloud')}
          options={(nets.data?.Nets ?? []).map((n) => ({
            value: n.NetId ?? '',
            label: t('sg.create.netOption', {
              name: n.Tags?.find((tag) => tag.Key === 'Name')?.Value ?? n.NetId ?? '',
              id: n.NetId ?? '',
              range: n.IpRange ?? '',
            }),
          }))}
        />
      ) : (
        <p>{fixedNet ? t('sg.create.inNet', { id: fixedNet }) : t('sg.create.inPublicCloud')}</p>
      )}
      {withPresets && (
        <>
          <CheckboxGroupField
            control={form.control}
            name="presets"
            label={t('sg.create.presets')}
            hint={t('sg.create.presets.hint')}
            className=""
            options={presets.map((p) => ({ value: p.id, label: t(p.label) }))}
          />
          <TextField
            control={form.control}
            name="presetSources"
            label={t('sg.create.presetSources')}
            hint={t('sg.rules.cidrs.hint')}
            placeholder="203.0.113.0/24"
            className="font-mono"
          />
          {myIp && (
            <AddMyIp
              myIp={myIp}
              onAdd={() =>
                form.setValue('presetSources', addSource(values.presetSources, myIp.cidr), {
                  shouldDirty: true,
                })
              }
            />
          )}
        </>
      )}
    </CreateDialog>
  )
}
