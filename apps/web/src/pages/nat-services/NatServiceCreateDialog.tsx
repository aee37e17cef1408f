// Create a NAT service: a Subnet of a Net (one without a NAT service yet) and an idle public IP of the account,
// both picked from lists. The nat_gateway_limit quota is checked, a DryRun offered, and a ClientToken kept for the
// dialog's life so that a retried submission cannot make a second one.
import { useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { useNavigate } from '@tanstack/react-router'
import { useQuery } from '@tanstack/react-query'
import type { NatService, PublicIp, Subnet } from '@osc-console/osc-api'
import { useOscMutation } from '@osc-console/data'
import { useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { FormShell } from '../../forms/FormShell.tsx'
import { SideDialog } from '../../forms/SideDialog.tsx'
import { QuotaSummary, useQuotaCheck } from '../../forms/QuotaCheck.tsx'
import { checksResolver } from '../../forms/field-errors.ts'
import { SelectField, TextField } from '../../forms/fields.tsx'
import { dryRun, step } from '../../forms/steps.ts'
import { nameTagCommands, nameTagProblem, useNameTag } from '../../forms/name-tag.ts'
import { allOf } from '../../ui/ActionButton.tsx'
import { listQuery } from '../../kit/queries.ts'
import { itemsOf, labelOf } from '../../kit/descriptor.ts'
import { natServiceResource, publicIpResource, subnetResource } from '../../kit/registry.ts'
import { readersChangedBy } from '../../kit/registry.ts'
import { paths } from '../../paths.ts'
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
  const navigate = useNavigate()
  const [clientToken] = useState(newClientToken)
  const subnets = itemsOf<Subnet>(subnetResource, useQuery(listQuery(subnetResource, account)).data)
  const ips = itemsOf<PublicIp>(publicIpResource, useQuery(listQuery(publicIpResource, account)).data)
  const nats = itemsOf<NatService>(natServiceResource, useQuery(listQuery(natServiceResource, account)).data)
  const quota = useQuotaCheck(account, natQuotaNeeds)
  const create = useOscMutation(account, 'CreateNatService', {
    success: (data) => t('nat.create.done', { id: data.NatService?.NatServiceId ?? '' }),
    alsoInvalidates: readersChangedBy('CreateNatService'),
  })
  const tagName = useNameTag(account)
  const form = useForm<NatForm>({
    defaultValues: { name: '', subnetId: '', publicIpId: '' },
    resolver: checksResolver<NatForm>((v) => ({ ...natFormProblems(v), name: nameTagProblem(v.name) }), t),
  })
  const values = useWatch({ control: form.control }) as NatForm
  const request = (v: NatForm) => ({
    SubnetId: v.subnetId,
    PublicIpId: v.publicIpId,
    ClientToken: clientToken,
  })
  const allowed = allOf(can('CreateNatService'), can('ReadSubnets'), can('ReadPublicIps'))
  return (
    <SideDialog title={t('nat.create.title')} closeLabel={t('nat.close')} onClose={onClose}>
      {!allowed.allowed ? (
        <p className="text-sm">
          {t('nat.create.notAllowed')} <span className="muted">{allowed.reason}</span>
        </p>
      ) : (
        <FormShell
          form={form}
          label={t('nat.create.title')}
          fields={{ SubnetId: 'subnetId', PublicIpId: 'publicIpId' }}
          commands={[
            { action: 'CreateNatService', params: request(values) },
            ...nameTagCommands(values.name, '<new NAT service id>'),
          ]}
          check={allOf(allowed, quota.check)}
          dryRun={(v) => dryRun(account, 'CreateNatService', request(v))}
          onSubmit={async (v) => {
            const answer = await step(t('nat.create.failed'), () => create.mutateAsync(request(v)))
            const id = answer.NatService?.NatServiceId ?? ''
            await tagName(id, v.name)
            onClose()
            if (id) void navigate(paths.resource({ account, section: 'nat-services', id }))
          }}
          submitLabel={t('nat.create.submit')}
          actions={
            <button type="button" className="btn" onClick={onClose}>
              {t('nat.cancel')}
            </button>
          }
        >
          <p className="muted">{t('nat.create.intro')}</p>
          <TextField control={form.control} name="name" label={t('nat.create.name')} maxLength={255} />
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
          <QuotaSummary quota={quota} />
        </FormShell>
      )}
    </SideDialog>
  )
}
