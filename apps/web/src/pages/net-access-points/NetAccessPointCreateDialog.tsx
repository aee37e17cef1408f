// Create a Net access point: a Net of the account, a service it does not reach yet (from
// ReadNetAccessPointServices), and the route tables of that Net that send the service's traffic through it. The
// network_endpoint_limit quota is checked and a DryRun offered.
import { useForm, useWatch } from 'react-hook-form'
import { useQuery } from '@tanstack/react-query'
import type { Net, NetAccessPoint } from '@osc-console/osc-api'
import { useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { CreateDialog } from '../../forms/CreateDialog.tsx'
import { useQuotaCheck } from '../../forms/QuotaCheck.tsx'
import { checksResolver } from '../../forms/field-errors.ts'
import { CheckboxGroupField, SelectField } from '../../forms/fields.tsx'
import { nameTagProblem } from '../../forms/name-tag.ts'
import { allOf } from '../../ui/ActionButton.tsx'
import { listQuery } from '../../kit/queries.ts'
import { itemsOf, labelOf } from '../../kit/descriptor.ts'
import { netAccessPointResource, netResource } from '../../kit/registry.ts'
import {
  createRequest,
  freeServices,
  napFormProblems,
  napQuotaNeeds,
  serviceShortName,
  tablesOfNet,
  type NapForm,
} from './nap-rules.ts'
import { routeTableOption, useRouteTables, useServices } from './nap-parts.tsx'

const netLabel = (n: Net) => {
  const name = labelOf(netResource, n)
  const id = n.NetId ?? ''
  return name && name !== id ? `${name} (${id}, ${n.IpRange ?? ''})` : `${id} (${n.IpRange ?? ''})`
}

export function NetAccessPointCreateDialog({ account, onClose }: { account: string; onClose: () => void }) {
  const t = useT()
  const can = useCan()
  const nets = itemsOf<Net>(netResource, useQuery(listQuery(netResource, account)).data)
  const points = itemsOf<NetAccessPoint>(
    netAccessPointResource,
    useQuery(listQuery(netAccessPointResource, account)).data,
  )
  const services = useServices(account)
  const tables = useRouteTables(account)
  const quota = useQuotaCheck(account, napQuotaNeeds)
  const form = useForm<NapForm>({
    defaultValues: { name: '', netId: '', serviceName: '', routeTableIds: [] },
    resolver: checksResolver<NapForm>((v) => ({ ...napFormProblems(v), name: nameTagProblem(v.name) }), t),
  })
  const netId = useWatch({ control: form.control, name: 'netId' })
  return (
    <CreateDialog
      account={account}
      onClose={onClose}
      words="nap"
      action="CreateNetAccessPoint"
      request={createRequest}
      createdId={(answer) => answer.NetAccessPoint?.NetAccessPointId}
      newId="<new Net access point id>"
      section="net-access-points"
      form={form}
      fields={{ NetId: 'netId', ServiceName: 'serviceName', RouteTableIds: 'routeTableIds' }}
      allowed={allOf(
        can('CreateNetAccessPoint'),
        can('ReadNets'),
        can('ReadRouteTables'),
        can('ReadNetAccessPointServices'),
      )}
      quota={quota}
    >
      <SelectField
        control={form.control}
        name="netId"
        label={t('nap.create.net')}
        empty={t('nap.create.choose')}
        options={nets.map((n) => ({ value: n.NetId ?? '', label: netLabel(n) }))}
        onValueChange={() => {
          // The route tables and services offered are the new Net's.
          form.setValue('routeTableIds', [])
          form.setValue('serviceName', '')
        }}
      />
      <SelectField
        control={form.control}
        name="serviceName"
        label={t('nap.create.service')}
        hint={t('nap.create.service.hint')}
        empty={t('nap.create.choose')}
        options={freeServices(services, points, netId).map((s) => ({
          value: s.ServiceName ?? '',
          label: `${serviceShortName(s.ServiceName)} (${s.ServiceName ?? ''})`,
        }))}
      />
      <CheckboxGroupField
        control={form.control}
        name="routeTableIds"
        label={t('nap.create.routeTables')}
        hint={t('nap.create.routeTables.hint')}
        empty={t(netId ? 'nap.create.noRouteTables' : 'nap.create.netFirst')}
        options={tablesOfNet(tables, netId).map(routeTableOption)}
      />
    </CreateDialog>
  )
}
