// Create a Net access point: a Net of the account, a service it does not reach yet (from
// ReadNetAccessPointServices), and the route tables of that Net that send the service's traffic through it. The
// network_endpoint_limit quota is checked and a DryRun offered.
import { useForm, useWatch } from 'react-hook-form'
import { useNavigate } from '@tanstack/react-router'
import { useQuery } from '@tanstack/react-query'
import type { Net, NetAccessPoint } from '@osc-console/osc-api'
import { useOscMutation } from '@osc-console/data'
import { useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { FormShell } from '../../forms/FormShell.tsx'
import { SideDialog } from '../../forms/SideDialog.tsx'
import { QuotaSummary, useQuotaCheck } from '../../forms/QuotaCheck.tsx'
import { checksResolver } from '../../forms/field-errors.ts'
import { CheckboxGroupField, SelectField, TextField } from '../../forms/fields.tsx'
import { dryRun, step } from '../../forms/steps.ts'
import { nameTagCommands, nameTagProblem, useNameTag } from '../../forms/name-tag.ts'
import { allOf } from '../../ui/ActionButton.tsx'
import { listQuery } from '../../kit/queries.ts'
import { itemsOf, labelOf } from '../../kit/descriptor.ts'
import { netAccessPointResource, netResource, readersChangedBy } from '../../kit/registry.ts'
import { paths } from '../../paths.ts'
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
  const navigate = useNavigate()
  const nets = itemsOf<Net>(netResource, useQuery(listQuery(netResource, account)).data)
  const points = itemsOf<NetAccessPoint>(
    netAccessPointResource,
    useQuery(listQuery(netAccessPointResource, account)).data,
  )
  const services = useServices(account)
  const tables = useRouteTables(account)
  const quota = useQuotaCheck(account, napQuotaNeeds)
  const create = useOscMutation(account, 'CreateNetAccessPoint', {
    success: (data) => t('nap.create.done', { id: data.NetAccessPoint?.NetAccessPointId ?? '' }),
    alsoInvalidates: readersChangedBy('CreateNetAccessPoint'),
  })
  const tagName = useNameTag(account)
  const form = useForm<NapForm>({
    defaultValues: { name: '', netId: '', serviceName: '', routeTableIds: [] },
    resolver: checksResolver<NapForm>((v) => ({ ...napFormProblems(v), name: nameTagProblem(v.name) }), t),
  })
  const values = useWatch({ control: form.control }) as NapForm
  const allowed = allOf(
    can('CreateNetAccessPoint'),
    can('ReadNets'),
    can('ReadRouteTables'),
    can('ReadNetAccessPointServices'),
  )
  return (
    <SideDialog title={t('nap.create.title')} closeLabel={t('nap.close')} onClose={onClose}>
      {!allowed.allowed ? (
        <p className="text-sm">
          {t('nap.create.notAllowed')} <span className="muted">{allowed.reason}</span>
        </p>
      ) : (
        <FormShell
          form={form}
          label={t('nap.create.title')}
          fields={{ NetId: 'netId', ServiceName: 'serviceName', RouteTableIds: 'routeTableIds' }}
          commands={[
            { action: 'CreateNetAccessPoint', params: createRequest(values) },
            ...nameTagCommands(values.name, '<new Net access point id>'),
          ]}
          check={allOf(allowed, quota.check)}
          dryRun={(v) => dryRun(account, 'CreateNetAccessPoint', createRequest(v))}
          onSubmit={async (v) => {
            const answer = await step(t('nap.create.failed'), () => create.mutateAsync(createRequest(v)))
            const id = answer.NetAccessPoint?.NetAccessPointId ?? ''
            await tagName(id, v.name)
            onClose()
            if (id) void navigate(paths.resource({ account, section: 'net-access-points', id }))
          }}
          submitLabel={t('nap.create.submit')}
          actions={
            <button type="button" className="btn" onClick={onClose}>
              {t('nap.cancel')}
            </button>
          }
        >
          <p className="muted">{t('nap.create.intro')}</p>
          <TextField control={form.control} name="name" label={t('nap.create.name')} maxLength={255} />
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
            options={freeServices(services, points, values.netId).map((s) => ({
              value: s.ServiceName ?? '',
              label: `${serviceShortName(s.ServiceName)} (${s.ServiceName ?? ''})`,
            }))}
          />
          <CheckboxGroupField
            control={form.control}
            name="routeTableIds"
            label={t('nap.create.routeTables')}
            hint={t('nap.create.routeTables.hint')}
            empty={t(values.netId ? 'nap.create.noRouteTables' : 'nap.create.netFirst')}
            options={tablesOfNet(tables, values.netId).map(routeTableOption)}
          />
          <QuotaSummary quota={quota} />
        </FormShell>
      )}
    </SideDialog>
  )
}
