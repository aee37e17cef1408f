// Link a route table to a Subnet of its Net: the Subnet's traffic then follows this table instead of the Net's
// main one. A Subnet already linked to another table is offered with that table named; OUTSCALE would refuse it.
import { useForm, useWatch } from 'react-hook-form'
import { useOscMutation } from '@osc-console/data'
import type { RouteTable } from '@osc-console/osc-api'
import { useCan } from '../../app/account.ts'
import { text, useT } from '../../i18n/text.ts'
import { FormShell } from '../../forms/FormShell.tsx'
import { SideDialog } from '../../forms/SideDialog.tsx'
import { checksResolver } from '../../forms/field-errors.ts'
import { SelectField } from '../../forms/fields.tsx'
import { dryRun, step } from '../../forms/steps.ts'
import { labelOf } from '../../kit/descriptor.ts'
import { readersChangedBy, subnetResource } from '../../kit/registry.ts'
import { useNetwork } from '../nets/net-data.ts'

interface LinkForm {
  subnetId: string
}

export function RouteTableLinkDialog({
  account,
  table,
  onClose,
}: {
  account: string
  table: RouteTable
  onClose: () => void
}) {
  const t = useT()
  const allowed = useCan()('LinkRouteTable')
  const network = useNetwork(account)
  const id = table.RouteTableId ?? ''
  const link = useOscMutation(account, 'LinkRouteTable', {
    success: (_, params) => t('rtb.linked', { subnet: params.SubnetId }),
    alsoInvalidates: readersChangedBy('LinkRouteTable'),
  })
  const linkedTo = (subnetId: string) =>
    network.routeTables.find((r) => r.LinkRouteTables?.some((l) => l.SubnetId === subnetId && !l.Main))
  const form = useForm<LinkForm>({
    defaultValues: { subnetId: '' },
    resolver: checksResolver<LinkForm>((v) => {
      const other = v.subnetId ? linkedTo(v.subnetId) : undefined
      return {
        subnetId: !v.subnetId
          ? text('rtb.link.chooseSubnet')
          : other
            ? text('rtb.link.alreadyLinked', { table: other.RouteTableId ?? '' })
            : undefined,
      }
    }, t),
  })
  const subnetId = useWatch({ control: form.control, name: 'subnetId' })
  const request = (subnet: string) => ({ RouteTableId: id, SubnetId: subnet })
  const subnets = network.subnets.filter((s) => s.NetId === table.NetId)
  return (
    <SideDialog title={t('rtb.link.title')} closeLabel={t('rtb.close')} onClose={onClose}>
      {!allowed.allowed ? (
        <p className="text-sm">
          {t('rtb.link.notAllowed')} <span className="muted">{allowed.reason}</span>
        </p>
      ) : (
        <FormShell
          form={form}
          label={t('rtb.link.title')}
          fields={{ SubnetId: 'subnetId' }}
          commands={[{ action: 'LinkRouteTable', params: request(subnetId) }]}
          check={allowed}
          dryRun={(v) => dryRun(account, 'LinkRouteTable', request(v.subnetId))}
          onSubmit={async (v) => {
            await step(t('rtb.link.failed'), () => link.mutateAsync(request(v.subnetId)))
            onClose()
          }}
          submitLabel={t('rtb.link.submit')}
          actions={
            <button type="button" className="btn" onClick={onClose}>
              {t('rtb.cancel')}
            </button>
          }
        >
          <p className="muted">{t('rtb.link.intro')}</p>
          <SelectField
            control={form.control}
            name="subnetId"
            label={t('rtb.link.subnet')}
            empty={t('rtb.choose')}
            options={subnets.map((s) => {
              const other = linkedTo(s.SubnetId ?? '')
              const name = labelOf(subnetResource, s)
              return {
                value: s.SubnetId ?? '',
                label: other
                  ? t('rtb.link.subnetLinked', {
                      name,
                      range: s.IpRange ?? '',
                      table: other.RouteTableId ?? '',
                    })
                  : t('rtb.link.subnetOption', { name, range: s.IpRange ?? '' }),
              }
            })}
          />
        </FormShell>
      )}
    </SideDialog>
  )
}
