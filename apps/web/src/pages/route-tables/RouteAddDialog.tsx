// Add a route to a table: a destination range and where it goes — an Internet service, a NAT service, a NIC, a
// VM or an active Net peering of the table's Net. Only targets in that Net are offered; a destination the table already
// routes is refused in the form, naming the route that has it.
import { useForm, useWatch } from 'react-hook-form'
import { useQuery } from '@tanstack/react-query'
import { oscQueryAll, useOscMutation } from '@osc-console/data'
import type { RouteTable } from '@osc-console/osc-api'
import { useCan } from '../../app/account.ts'
import { text, useT } from '../../i18n/text.ts'
import { FormShell } from '../../forms/FormShell.tsx'
import { SideDialog } from '../../forms/SideDialog.tsx'
import { checksResolver } from '../../forms/field-errors.ts'
import { CidrField, RadioGroupField, SelectField, type Option } from '../../forms/fields.tsx'
import { dryRun, step } from '../../forms/steps.ts'
import { labelOf } from '../../kit/descriptor.ts'
import { internetServiceResource, readersChangedBy, vmResource } from '../../kit/registry.ts'
import {
  createRouteRequest,
  peerOf,
  peeringsOfNet,
  routeDestinationProblem,
  targetKindLabel,
  targetKinds,
  type RouteForm,
  type TargetKind,
} from './route-rules.ts'

const named = (name: string, id: string) => (name && name !== id ? `${name} (${id})` : id)

function useTargets(account: string, netId: string | undefined, kind: TargetKind): Option[] {
  const enabled = (k: TargetKind) => ({ enabled: kind === k })
  const igws = useQuery({ ...oscQueryAll(account, 'ReadInternetServices', {}), ...enabled('internet') })
  const nats = useQuery({ ...oscQueryAll(account, 'ReadNatServices', {}), ...enabled('nat') })
  const nics = useQuery({ ...oscQueryAll(account, 'ReadNics', {}), ...enabled('nic') })
  const vms = useQuery({ ...oscQueryAll(account, 'ReadVms', {}), ...enabled('vm') })
  const peerings = useQuery({ ...oscQueryAll(account, 'ReadNetPeerings', {}), ...enabled('peering') })
  switch (kind) {
    case 'internet':
      return (igws.data?.InternetServices ?? [])
        .filter((i) => i.NetId === netId)
        .map((i) => ({
          value: i.InternetServiceId ?? '',
          label: named(labelOf(internetServiceResource, i), i.InternetServiceId ?? ''),
        }))
    case 'nat':
      return (nats.data?.NatServices ?? [])
        .filter((n) => n.NetId === netId && n.State !== 'deleted' && n.State !== 'deleting')
        .map((n) => ({ value: n.NatServiceId ?? '', label: `${n.NatServiceId ?? ''} (${n.State ?? ''})` }))
    case 'nic':
      return (nics.data?.Nics ?? [])
        .filter((n) => n.NetId === netId)
        .map((n) => ({
          value: n.NicId ?? '',
          label: `${n.NicId ?? ''} (${n.PrivateIps?.[0]?.PrivateIp ?? ''})`,
        }))
    case 'vm':
      return (vms.data?.Vms ?? [])
        .filter((v) => v.NetId === netId && v.State !== 'terminated' && v.State !== 'shutting-down')
        .map((v) => ({ value: v.VmId ?? '', label: named(labelOf(vmResource, v), v.VmId ?? '') }))
    case 'peering':
      return peeringsOfNet(peerings.data?.NetPeerings ?? [], netId).map((p) => {
        const peer = peerOf(p, netId)
        return {
          value: p.NetPeeringId ?? '',
          label: `${p.NetPeeringId ?? ''} (${peer?.NetId ?? ''}, ${peer?.IpRange ?? ''})`,
        }
      })
  }
}

export function RouteAddDialog({
  account,
  table,
  onClose,
}: {
  account: string
  table: RouteTable
  onClose: () => void
}) {
  const t = useT()
  const allowed = useCan()('CreateRoute')
  const id = table.RouteTableId ?? ''
  const add = useOscMutation(account, 'CreateRoute', {
    success: (_, params) => t('rtb.route.added', { destination: params.DestinationIpRange }),
    alsoInvalidates: readersChangedBy('CreateRoute'),
  })
  const form = useForm<RouteForm>({
    defaultValues: { destination: '0.0.0.0/0', kind: 'internet', targetId: '' },
    resolver: checksResolver<RouteForm>(
      (v) => ({
        destination: routeDestinationProblem(v.destination, table),
        targetId: v.targetId ? undefined : text('rtb.route.chooseTarget'),
      }),
      t,
    ),
  })
  const values = useWatch({ control: form.control }) as RouteForm
  const targets = useTargets(account, table.NetId, values.kind)
  return (
    <SideDialog title={t('rtb.route.add')} closeLabel={t('rtb.close')} onClose={onClose}>
      <FormShell
        form={form}
        label={t('rtb.route.add')}
        fields={{
          DestinationIpRange: 'destination',
          GatewayId: 'targetId',
          NatServiceId: 'targetId',
          NicId: 'targetId',
          VmId: 'targetId',
          NetPeeringId: 'targetId',
        }}
        commands={[{ action: 'CreateRoute', params: createRouteRequest(id, values) }]}
        check={allowed}
        dryRun={(v) => dryRun(account, 'CreateRoute', createRouteRequest(id, v))}
        onSubmit={async (v) => {
          await step(t('rtb.route.failed'), () => add.mutateAsync(createRouteRequest(id, v)))
          onClose()
        }}
        submitLabel={t('rtb.route.submit')}
        actions={
          <button type="button" className="btn" onClick={onClose}>
            {t('rtb.cancel')}
          </button>
        }
      >
        <CidrField
          control={form.control}
          name="destination"
          label={t('rtb.route.destination')}
          hint={t('rtb.route.destination.hint')}
          placeholder="0.0.0.0/0"
        />
        <RadioGroupField
          control={form.control}
          name="kind"
          label={t('rtb.route.targetKind')}
          options={targetKinds.map((k) => ({ value: k, label: t(targetKindLabel[k]) }))}
          onValueChange={() => form.setValue('targetId', '')}
        />
        <SelectField
          control={form.control}
          name="targetId"
          label={t('rtb.route.target')}
          hint={targets.length === 0 ? t('rtb.route.noTarget') : t('rtb.route.target.hint')}
          empty={t('rtb.choose')}
          options={targets}
        />
      </FormShell>
    </SideDialog>
  )
}
