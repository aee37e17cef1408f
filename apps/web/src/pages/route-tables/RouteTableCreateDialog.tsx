// Create a route table in a Net: it starts with the Net's local route only, ready for routes and Subnets. The
// rtb_limit quota is checked and a DryRun offered; from the list, the new table's page opens.
import { useForm } from 'react-hook-form'
import { useCan } from '../../app/account.ts'
import { text, useT } from '../../i18n/text.ts'
import { CreateDialog } from '../../forms/CreateDialog.tsx'
import { useQuotaCheck } from '../../forms/QuotaCheck.tsx'
import { checksResolver } from '../../forms/field-errors.ts'
import { SelectField } from '../../forms/fields.tsx'
import { nameTagProblem } from '../../forms/name-tag.ts'
import { netOptions, useNetwork } from '../nets/net-data.ts'
import { routeTableQuotaNeeds } from './route-rules.ts'

interface TableForm {
  netId: string
  name: string
}

export function RouteTableCreateDialog({
  account,
  onClose,
  fixedNet,
}: {
  account: string
  onClose: () => void
  fixedNet?: string
}) {
  const t = useT()
  const can = useCan()
  const network = useNetwork(account)
  const quota = useQuotaCheck(account, routeTableQuotaNeeds)
  const form = useForm<TableForm>({
    defaultValues: { netId: fixedNet ?? '', name: '' },
    resolver: checksResolver<TableForm>(
      (v) => ({
        netId: v.netId ? undefined : text('rtb.create.chooseNet'),
        name: nameTagProblem(v.name),
      }),
      t,
    ),
  })
  return (
    <CreateDialog
      account={account}
      onClose={onClose}
      words="rtb"
      action="CreateRouteTable"
      request={(v: TableForm) => ({ NetId: v.netId })}
      createdId={(answer) => answer.RouteTable?.RouteTableId}
      newId="<new route table id>"
      section="route-tables"
      form={form}
      fields={{ NetId: 'netId' }}
      allowed={can('CreateRouteTable')}
      quota={quota}
      beforeName={
        fixedNet ? (
          <p>{t('rtb.create.inNet', { net: fixedNet })}</p>
        ) : (
          <SelectField
            control={form.control}
            name="netId"
            label={t('rtb.create.net')}
            empty={t('rtb.choose')}
            options={netOptions(network.nets)}
          />
        )
      }
    />
  )
}
