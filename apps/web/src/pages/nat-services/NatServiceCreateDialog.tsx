// Create a NAT service: a Subnet of a Net (one without a NAT service yet) and an idle public IP of the account,
// both picked from lists. The nat_gateway_limit quota is checked, a DryRun offered, and a ClientToken kept for the
// dialog's life so that a retried submission cannot make a second one.
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { useQuery } from '@tanstack/react-query'
import type { NatService, PublicIp, Subnet } from '@osc-console/osc-api'
import { useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { CreateDialog } from '../../forms/CreateDialog.tsx'
import { useQuotaCheck } from '../../forms/QuotaCheck.tsx'
import { checksResolver } from '../../forms/field-errors.ts'
import { SelectField } from '../../forms/fields.tsx'
import { nameTagProblem } from '../../forms/name-tag.ts'
import { allOf } from '../../ui/ActionButton.tsx'
import { listQuery } from '../../kit/queries.ts'
import { itemsOf, labelOf } from '../../kit/descriptor.ts'
import { natServiceResource, publicIpResource, subnetResource } from '../../kit/registry.ts'
import { newClientToken } from '../vms/vm-create-form.ts'
import { freeSubnets, idlePublicIps, natFormProblems, natQuotaNeeds, type NatForm } from './nat-rules.ts'

const subnetLabel = (s: Subnet) => {
  const name = labelOf(subnetResource, s)
  const where = `${s.IpRange ?? ''}, ${s.NetId ?? ''}`
  return name === s.SubnetId ? `${s.SubnetId ?? ''} (${where})` : `${name} (${s.SubnetId ?? ''}, ${where})`
}

const ipLabel = (ip: PublicIp) => {
  const name = labelOf(publicIpResource, ip)
  return name === ip.PublicIp ? `${ip.PublicIp ?? ''}` : `${name} (${ip.PublicIp ?? ''})`
}

export function NatServiceCreateDialog({ account, onClose }: { account: string; onClose: () => void }) {
  const t = useT()
  const can = useCan()
  const [clientToken] = useState(newClientToken)
  const subnets = itemsOf<Subnet>(subnetResource, useQuery(listQuery(subnetResource, account)).data)
  const ips = itemsOf<PublicIp>(publicIpResource, useQuery(listQuery(publicIpResource, account)).data)
  const nats = itemsOf<NatService>(natServiceResource, useQuery(listQuery(natServiceResource, account)).data)
  const quota = useQuotaCheck(account, natQuotaNeeds)
  const form = useForm<NatForm>({
    defaultValues: { name: '', subnetId: '', publicIpId: '' },
    resolver: checksResolver<NatForm>((v) => ({ ...natFormProblems(v), name: nameTagProblem(v.name) }), t),
  })
  return (
    <CreateDialog
      account={account}
      onClose={onClose}
      words="nat"
      action="CreateNatService"
      request={(v: NatForm) => ({ SubnetId: v.subnetId, PublicIpId: v.publicIpId, ClientToken: clientToken })}
      createdId={(answer) => answer.NatService?.NatServiceId}
      newId="<new NAT service id>"
      section="nat-services"
      form={form}
      fields={{ SubnetId: 'subnetId', PublicIpId: 'publicIpId' }}
      allowed={allOf(can('CreateNatService'), can('ReadSubnets'), can('ReadPublicIps'))}
      quota={quota}
    >
      <SelectField
        control={form.control}
        name="subnetId"
        label={t('nat.create.subnet')}
        hint={t('nat.create.subnet.hint')}
        empty={t('nat.create.choose')}
        options={freeSubnets(subnets, nats).map((s) => ({
          value: s.SubnetId ?? '',
          label: subnetLabel(s),
        }))}
      />
      <SelectField
        control={form.control}
        name="publicIpId"
        label={t('nat.create.ip')}
        hint={t('nat.create.ip.hint')}
        empty={t('nat.create.choose')}
        options={idlePublicIps(ips).map((ip) => ({ value: ip.PublicIpId ?? '', label: ipLabel(ip) }))}
      />
    </CreateDialog>
  )
}
