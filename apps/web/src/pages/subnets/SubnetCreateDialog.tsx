// Create a Subnet: its Net (chosen, or the one whose page opened the form), a name, a range inside the Net that
// overlaps none of its Subnets (the first free /24 is proposed), and the Subregion, with the subnet_limit quota
// checked and a DryRun offered.
import { useForm } from 'react-hook-form'
import { useQuery } from '@tanstack/react-query'
import { oscQueryAll } from '@osc-console/data'
import type { CreateSubnetRequest } from '@osc-console/osc-api'
import { useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { CreateDialog } from '../../forms/CreateDialog.tsx'
import { useQuotaCheck } from '../../forms/QuotaCheck.tsx'
import { checksResolver } from '../../forms/field-errors.ts'
import { CidrField, SelectField } from '../../forms/fields.tsx'
import { nameTagProblem } from '../../forms/name-tag.ts'
import { text } from '../../i18n/text.ts'
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
  const network = useNetwork(account)
  const subregions = useQuery(oscQueryAll(account, 'ReadSubregions', {}))
  const quota = useQuotaCheck(account, subnetQuotaNeeds)
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
  const fixed = fixedNet ? netOf(fixedNet) : undefined
  return (
    <CreateDialog
      account={account}
      onClose={onClose}
      words="subnets"
      action="CreateSubnet"
      request={request}
      createdId={(answer) => answer.Subnet?.SubnetId}
      newId="<new Subnet id>"
      section="subnets"
      stayHere={Boolean(fixedNet)}
      form={form}
      fields={{ NetId: 'netId', IpRange: 'ipRange', SubregionName: 'subregion' }}
      allowed={can('CreateSubnet')}
      quota={quota}
      beforeName={
        fixedNet ? (
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
        )
      }
    >
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
    </CreateDialog>
  )
}
