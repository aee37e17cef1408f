// Add rules to one flow of a group: a row per rule (protocol, ports or ICMP type/code, a source of IP ranges or
// another group), presets for common services and "my IP", all sent in one CreateSecurityGroupRule call. The
// checks match what the API refuses; what OUTSCALE still refuses (a duplicate rule, sg_rule_limit) is shown whole.
import { useFieldArray, useForm, useWatch, type UseFormReturn } from 'react-hook-form'
import { useQuery } from '@tanstack/react-query'
import { useOscMutation } from '@osc-console/data'
import type { SecurityGroup } from '@osc-console/osc-api'
import { useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { FormShell } from '../../forms/FormShell.tsx'
import { SideDialog } from '../../forms/SideDialog.tsx'
import { checksResolver } from '../../forms/field-errors.ts'
import { NumberField, RadioGroupField, SelectField, TextField } from '../../forms/fields.tsx'
import { dryRun, step } from '../../forms/steps.ts'
import { listQuery } from '../../kit/queries.ts'
import { itemsOf } from '../../kit/descriptor.ts'
import { securityGroupResource } from '../../kit/registry.ts'
import { myIpSource, presets, type Flow } from './sg-rules.ts'
import { AddMyIp } from './AddMyIp.tsx'
import {
  addRulesProblems,
  addRulesRequest,
  emptyRow,
  isPristine,
  presetRow,
  withCidr,
  type AddRulesForm,
} from './sg-add-form.ts'
import { meAddressQuery } from './sg-queries.ts'

interface Props {
  account: string
  group: SecurityGroup
  flow: Flow
  onClose: () => void
}

export function SgAddRulesDialog({ account, group, flow, onClose }: Props) {
  const t = useT()
  const allowed = useCan()('CreateSecurityGroupRule')
  const title = t(flow === 'Inbound' ? 'sg.rules.addInbound' : 'sg.rules.addOutbound')
  const id = group.SecurityGroupId ?? ''
  const create = useOscMutation(account, 'CreateSecurityGroupRule', {
    success: (_, params) => t('sg.rules.added', { count: params.Rules?.length ?? 1 }),
  })
  const form = useForm<AddRulesForm>({
    defaultValues: { rules: [emptyRow()] },
    resolver: checksResolver<AddRulesForm>((v) => addRulesProblems(v, Boolean(group.NetId)), t),
  })
  const values = useWatch({ control: form.control }) as AddRulesForm
  return (
    <SideDialog title={title} closeLabel={t('sg.close')} onClose={onClose}>
      {!allowed.allowed ? (
        <p className="text-sm">
          {t('sg.rules.notAllowed')} <span className="muted">{allowed.reason}</span>
        </p>
      ) : (
        <FormShell
          form={form}
          label={title}
          fields={{ Rules: 'rules' }}
          commands={[{ action: 'CreateSecurityGroupRule', params: addRulesRequest(id, flow, values) }]}
          dryRun={(v) => dryRun(account, 'CreateSecurityGroupRule', addRulesRequest(id, flow, v))}
          onSubmit={async (v) => {
            await step(t('sg.rules.addFailed'), () => create.mutateAsync(addRulesRequest(id, flow, v)))
            onClose()
          }}
          submitLabel={t('sg.rules.submit', { count: values.rules.length })}
          actions={
            <button type="button" className="btn" onClick={onClose}>
              {t('sg.cancel')}
            </button>
          }
        >
          <RuleRows account={account} group={group} flow={flow} form={form} />
        </FormShell>
      )}
    </SideDialog>
  )
}

function RuleRows({
  account,
  group,
  flow,
  form,
}: {
  account: string
  group: SecurityGroup
  flow: Flow
  form: UseFormReturn<AddRulesForm>
}) {
  const t = useT()
  const { control } = form
  const rows = useFieldArray({ control, name: 'rules' })
  const values = useWatch({ control, name: 'rules' })
  const address = useQuery(meAddressQuery())
  const myIp = address.data ? myIpSource(address.data) : undefined
  const groups = useQuery(listQuery(securityGroupResource, account))
  // A rule can name a group of the same place: the same Net, or the public cloud.
  const sameNet = itemsOf(securityGroupResource, groups.data).filter(
    (g) => (g.NetId ?? '') === (group.NetId ?? ''),
  )
  const sourceWord = flow === 'Inbound' ? 'sg.rules.source' : 'sg.rules.destination'
  const applyPreset = (index: number) => {
    const preset = presets[index]
    if (!preset) return
    const last = values.length - 1
    const lastRow = values[last]
    if (lastRow && isPristine(lastRow)) form.setValue(`rules.${last}`, presetRow(preset, lastRow))
    else rows.append(presetRow(preset))
  }
  return (
    <>
      <div role="group" aria-label={t('sg.presets')} className="flex flex-wrap items-center gap-2">
        <span className="muted">{t('sg.presets')}</span>
        {presets.map((p, i) => (
          <button key={p.id} type="button" className="btn" onClick={() => applyPreset(i)}>
            {t(p.label)}
          </button>
        ))}
      </div>
      {rows.fields.map((field, i) => {
        const row = values[i] ?? emptyRow()
        const ported = row.protocol === 'tcp' || row.protocol === 'udp'
        return (
          <fieldset
            key={field.id}
            className="flex flex-col gap-2 rounded-md border border-slate-200 p-3 dark:border-slate-700"
          >
            <legend className="px-1 font-medium">{t('sg.rules.row', { n: i + 1 })}</legend>
            <div className="flex flex-wrap items-end gap-3">
              <SelectField
                control={control}
                name={`rules.${i}.protocol`}
                label={t('sg.rules.protocol')}
                className="w-40"
                options={[
                  { value: 'tcp', label: 'TCP' },
                  { value: 'udp', label: 'UDP' },
                  { value: 'icmp', label: 'ICMP' },
                  { value: '-1', label: t('sg.rule.allProtocols') },
                  { value: 'number', label: t('sg.rules.protocolOther') },
                ]}
              />
              {row.protocol === 'number' && (
                <TextField
                  control={control}
                  name={`rules.${i}.number`}
                  label={t('sg.rules.protocolNumberLabel')}
                  className="w-24"
                />
              )}
              {ported && (
                <>
                  <NumberField
                    control={control}
                    name={`rules.${i}.fromPort`}
                    label={t('sg.rules.fromPort')}
                    min={0}
                    max={65535}
                  />
                  <NumberField
                    control={control}
                    name={`rules.${i}.toPort`}
                    label={t('sg.rules.toPort')}
                    min={0}
                    max={65535}
                  />
                </>
              )}
              {row.protocol === 'icmp' && (
                <>
                  <NumberField
                    control={control}
                    name={`rules.${i}.fromPort`}
                    label={t('sg.rules.icmpType')}
                    min={-1}
                    max={255}
                  />
                  <NumberField
                    control={control}
                    name={`rules.${i}.toPort`}
                    label={t('sg.rules.icmpCode')}
                    min={-1}
                    max={255}
                  />
                </>
              )}
            </div>
            {ported && <p className="text-xs muted">{t('sg.rules.portsHint')}</p>}
            {row.protocol === 'icmp' && <p className="text-xs muted">{t('sg.rules.icmpHint')}</p>}
            <RadioGroupField
              control={control}
              name={`rules.${i}.sourceKind`}
              label={t(sourceWord)}
              row
              options={[
                { value: 'cidr', label: t('sg.rules.kind.cidr') },
                { value: 'group', label: t('sg.rules.kind.group') },
                { value: 'peer', label: t('sg.rules.kind.peer') },
              ]}
            />
            {row.sourceKind === 'cidr' && (
              <>
                <TextField
                  control={control}
                  name={`rules.${i}.cidrs`}
                  label={t('sg.rules.cidrs')}
                  hint={t('sg.rules.cidrs.hint')}
                  placeholder="203.0.113.0/24, 198.51.100.7/32"
                  className="font-mono"
                />
                {myIp && (
                  <AddMyIp
                    myIp={myIp}
                    onAdd={() =>
                      form.setValue(`rules.${i}.cidrs`, withCidr(row, myIp.cidr), { shouldDirty: true })
                    }
                  />
                )}
              </>
            )}
            {row.sourceKind === 'group' && (
              <SelectField
                control={control}
                name={`rules.${i}.groupId`}
                label={t('sg.rules.group')}
                empty={t('sg.rules.chooseGroup')}
                options={sameNet.map((g) => ({
                  value: g.SecurityGroupId ?? '',
                  label: `${g.SecurityGroupName ?? ''} (${g.SecurityGroupId ?? ''})`,
                }))}
              />
            )}
            {row.sourceKind === 'peer' && (
              <div className="flex flex-wrap gap-3">
                <TextField
                  control={control}
                  name={`rules.${i}.peerAccount`}
                  label={t('sg.rules.peerAccount')}
                  maxLength={12}
                  className="w-40 font-mono"
                />
                <TextField control={control} name={`rules.${i}.peerGroup`} label={t('sg.rules.peerGroup')} />
              </div>
            )}
            {rows.fields.length > 1 && (
              <div>
                <button type="button" className="btn" onClick={() => rows.remove(i)}>
                  {t('sg.rules.removeRow', { n: i + 1 })}
                </button>
              </div>
            )}
          </fieldset>
        )
      })}
      <div>
        <button type="button" className="btn" onClick={() => rows.append(emptyRow())}>
          {t('sg.rules.addRow')}
        </button>
      </div>
    </>
  )
}
