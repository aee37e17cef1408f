// Create a Subnet: its Net (chosen, or the one whose page opened the form), a name, a range inside the Net that
// overlaps none of its Subnets (the first free /24 is proposed), and the Subregion, with the subnet_limit quota
// checked and a DryRun offered.
import { useForm, useWatch } from 'react-hook-form'
import { useQuery } from '@tanstack/react-query'
import { useNavigate } from '@tanstack/react-router'
import { oscQueryAll, useOscMutation } from '@osc-console/data'
import type { CreateSubnetRequest } from '@osc-console/osc-api'
import { useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { FormShell } from '../../forms/FormShell.tsx'
import { SideDialog } from '../../forms/SideDialog.tsx'
import { QuotaSummary, useQuotaCheck } from '../../forms/QuotaCheck.tsx'
import { checksResolver } from '../../forms/field-errors.ts'
import { CidrField, SelectField, TextField } from '../../forms/fields.tsx'
import { dryRun, step } from '../../forms/steps.ts'
import { nameTagCommands, nameTagProblem, useNameTag } from '../../forms/name-tag.ts'
import { allOf } from '../../ui/ActionButton.tsx'
import { text } from '../../i18n/text.ts'
import { paths } from '../../paths.ts'
import { netOptions, useNetwork } from '../nets/net-data.ts'
import { freeSubnetRange, subnetRangeProblem } from '../nets/net-ranges.ts'
import { subnetQuotaNeeds } from './subnet-rules.ts'

interface SubnetForm {
  netId: string
  name: string
  ipRange: string
  subregion: string
}

const request = (v: SubnetForm): CreateSubnetRequest => ({
  NetId: v.netId,
  IpRange: v.ipRange.trim(),
  ...(v.subregion ? { SubregionName: v.subregion } : {}),
})

export function SubnetCreateDialog({
  account,
  onClose,
  fixedNet,
}: {
  account: string
  onClose: () => void
  /** The Net the Subnet goes in, when the Net's page opens the form. */
  fixedNet?: string
}) {
  const t = useT()
  const can = useCan()
  const navigate = useNavigate()
  const network = useNetwork(account)
  const subregions = useQuery(oscQueryAll(account, 'ReadSubregions', {}))
  const quota = useQuotaCheck(account, subnetQuotaNeeds)
  const create = useOscMutation(account, 'CreateSubnet', {
    success: (data) => t('subnets.create.done', { id: data.Subnet?.SubnetId ?? '' }),
  })
  const tagName = useNameTag(account)
  const netOf = (id: string) => network.nets.find((n) => n.NetId === id)
  const form = useForm<SubnetForm>({
    defaultValues: {
      netId: fixedNet ?? '',
      name: '',
      ipRange: freeSubnetRange(netOf(fixedNet ?? ''), network.subnets),
      subregion: '',
    },
    resolver: checksResolver<SubnetForm>(
      (v) => ({
        netId: v.netId ? undefined : text('subnets.create.chooseNet'),
        name: nameTagProblem(v.name),
        ipRange: subnetRangeProblem(v.ipRange, netOf(v.netId), network.subnets),
      }),
      t,
    ),
  })
  const values = useWatch({ control: form.control }) as SubnetForm
  const fixed = fixedNet ? netOf(fixedNet) : undefined
  const allowed = can('CreateSubnet')
  return (
    <SideDialog title={t('subnets.create.title')} closeLabel={t('subnets.close')} onClose={onClose}>
      {!allowed.allowed ? (
        <p className="text-sm">
          {t('subnets.create.notAllowed')} <span className="muted">{allowed.reason}</span>
        </p>
      ) : (
        <FormShell
          form={form}
          label={t('subnets.create.title')}
          fields={{ NetId: 'netId', IpRange: 'ipRange', SubregionName: 'subregion' }}
          commands={[
            { action: 'CreateSubnet', params: request(values) },
            ...nameTagCommands(values.name, '<new Subnet id>'),
          ]}
          check={allOf(allowed, quota.check)}
          dryRun={(v) => dryRun(account, 'CreateSubnet', request(v))}
          onSubmit={async (v) => {
            const answer = await step(t('subnets.create.failed'), () => create.mutateAsync(request(v)))
            const id = answer.Subnet?.SubnetId ?? ''
            await tagName(id, v.name)
            onClose()
            if (id && !fixedNet) void navigate(paths.resource({ account, section: 'subnets', id }))
          }}
          submitLabel={t('subnets.create.submit')}
          actions={
            <button type="button" className="btn" onClick={onClose}>
              {t('subnets.cancel')}
            </button>
          }
        >
          <p className="muted">{t('subnets.create.intro')}</p>
          {fixedNet ? (
            <p>
              {t('subnets.create.inNet', {
                net: fixed ? `${fixed.NetId ?? ''} (${fixed.IpRange ?? ''})` : fixedNet,
              })}
            </p>
          ) : (
            <SelectField
              control={form.control}
              name="netId"
              label={t('subnets.create.net')}
              empty={t('subnets.create.choose')}
              options={netOptions(network.nets)}
              onValueChange={(id) =>
                form.setValue('ipRange', freeSubnetRange(netOf(id), network.subnets), { shouldDirty: true })
              }
            />
          )}
          <TextField control={form.control} name="name" label={t('subnets.create.name')} maxLength={255} />
          <CidrField
            control={form.control}
            name="ipRange"
            label={t('subnets.create.range')}
            hint={t('subnets.create.range.hint')}
            placeholder="10.0.1.0/24"
          />
          <SelectField
            control={form.control}
            name="subregion"
            label={t('subnets.create.subregion')}
            hint={t('subnets.create.subregion.hint')}
            empty={t('subnets.create.subregion.any')}
            options={(subregions.data?.Subregions ?? []).map((s) => ({
              value: s.SubregionName ?? '',
              label: s.SubregionName ?? '',
            }))}
          />
          <QuotaSummary quota={quota} />
        </FormShell>
      )}
    </SideDialog>
  )
}
