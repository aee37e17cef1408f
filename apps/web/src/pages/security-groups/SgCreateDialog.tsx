// Create a security group: name, description, and the Net it belongs to (or the public cloud), with the sg_limit
// quota checked before sending and a DryRun offered. From the list, the new group opens at once, ready for its
// rules; from the create-VM form, the Net is the VM's, common rules (SSH, HTTP…) can be added in the same go, and
// the new group is chosen for the VM.
import { useForm, useWatch } from 'react-hook-form'
import { useQuery } from '@tanstack/react-query'
import { useNavigate } from '@tanstack/react-router'
import { oscQueryAll, useOscMutation } from '@osc-console/data'
import type { SecurityGroup } from '@osc-console/osc-api'
import { useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { FormShell } from '../../forms/FormShell.tsx'
import { SideDialog } from '../../forms/SideDialog.tsx'
import { QuotaSummary, useQuotaCheck } from '../../forms/QuotaCheck.tsx'
import { checksResolver } from '../../forms/field-errors.ts'
import { CheckboxGroupField, SelectField, TextField } from '../../forms/fields.tsx'
import { dryRun, step } from '../../forms/steps.ts'
import { allOf } from '../../ui/ActionButton.tsx'
import { listQuery } from '../../kit/queries.ts'
import { itemsOf } from '../../kit/descriptor.ts'
import { securityGroupResource } from '../../kit/registry.ts'
import { paths } from '../../paths.ts'
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
  const navigate = useNavigate()
  const nets = useQuery(oscQueryAll(account, 'ReadNets', {}))
  const groups = useQuery(listQuery(securityGroupResource, account))
  const existing: SecurityGroup[] = itemsOf(securityGroupResource, groups.data)
  const quota = useQuotaCheck(account, groupQuotaNeeds)
  const create = useOscMutation(account, 'CreateSecurityGroup', {
    success: (_, params) => t('sg.create.done', { name: params.SecurityGroupName }),
  })
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
  const allowed = can('CreateSecurityGroup')
  return (
    <SideDialog title={t('sg.create.title')} closeLabel={t('sg.close')} onClose={onClose}>
      {!allowed.allowed ? (
        <p className="text-sm">
          {t('sg.create.notAllowed')} <span className="muted">{allowed.reason}</span>
        </p>
      ) : (
        <FormShell
          form={form}
          label={t('sg.create.title')}
          fields={{ SecurityGroupName: 'name', Description: 'description', NetId: 'netId' }}
          commands={[
            { action: 'CreateSecurityGroup', params: createGroupRequest(values) },
            ...previewRules(values),
          ]}
          check={allOf(allowed, quota.check)}
          dryRun={(v) => dryRun(account, 'CreateSecurityGroup', createGroupRequest(v))}
          onSubmit={async (v) => {
            const answer = await step(t('sg.create.failed'), () => create.mutateAsync(createGroupRequest(v)))
            const id = answer.SecurityGroup?.SecurityGroupId ?? ''
            if (onCreated) {
              // The group exists from here on: it is chosen even if its rules are refused.
              onCreated(id)
              const rules = presetRulesRequest(id, v)
              if (rules) await step(t('sg.create.rulesFailed'), () => addRules.mutateAsync(rules))
              onClose()
              return
            }
            onClose()
            if (id) void navigate(paths.resource({ account, section: 'security-groups', id }))
          }}
          submitLabel={t('sg.create.submit')}
          actions={
            <button type="button" className="btn" onClick={onClose}>
              {t('sg.cancel')}
            </button>
          }
        >
          <p className="muted">{t('sg.create.intro')}</p>
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
                <div className="flex flex-col gap-1">
                  <div>
                    <button
                      type="button"
                      className="btn"
                      onClick={() =>
                        form.setValue('presetSources', addSource(values.presetSources, myIp.cidr), {
                          shouldDirty: true,
                        })
                      }
                    >
                      {t('sg.myIp.add', { cidr: myIp.cidr })}
                    </button>
                  </div>
                  {myIp.notes.map((note) => (
                    <p key={note.id} className="text-xs text-amber-800 dark:text-amber-200">
                      {t(note)}
                    </p>
                  ))}
                </div>
              )}
            </>
          )}
          <QuotaSummary quota={quota} />
        </FormShell>
      )}
    </SideDialog>
  )
}
