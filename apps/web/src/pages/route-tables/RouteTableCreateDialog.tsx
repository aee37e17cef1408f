// Create a route table in a Net: it starts with the Net's local route only, ready for routes and Subnets. The
// rtb_limit quota is checked and a DryRun offered; from the list, the new table's page opens.
import { useForm, useWatch } from 'react-hook-form'
import { useNavigate } from '@tanstack/react-router'
import { useOscMutation } from '@osc-console/data'
import { useCan } from '../../app/account.ts'
import { text, useT } from '../../i18n/text.ts'
import { FormShell } from '../../forms/FormShell.tsx'
import { SideDialog } from '../../forms/SideDialog.tsx'
import { QuotaSummary, useQuotaCheck } from '../../forms/QuotaCheck.tsx'
import { checksResolver } from '../../forms/field-errors.ts'
import { SelectField, TextField } from '../../forms/fields.tsx'
import { dryRun, step } from '../../forms/steps.ts'
import { nameTagCommands, nameTagProblem, useNameTag } from '../../forms/name-tag.ts'
import { allOf } from '../../ui/ActionButton.tsx'
import { paths } from '../../paths.ts'
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
  const navigate = useNavigate()
  const network = useNetwork(account)
  const quota = useQuotaCheck(account, routeTableQuotaNeeds)
  const create = useOscMutation(account, 'CreateRouteTable', {
    success: (data) => t('rtb.create.done', { id: data.RouteTable?.RouteTableId ?? '' }),
  })
  const tagName = useNameTag(account)
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
  const values = useWatch({ control: form.control }) as TableForm
  const allowed = can('CreateRouteTable')
  return (
    <SideDialog title={t('rtb.create.title')} closeLabel={t('rtb.close')} onClose={onClose}>
      {!allowed.allowed ? (
        <p className="text-sm">
          {t('rtb.create.notAllowed')} <span className="muted">{allowed.reason}</span>
        </p>
      ) : (
        <FormShell
          form={form}
          label={t('rtb.create.title')}
          fields={{ NetId: 'netId' }}
          commands={[
            { action: 'CreateRouteTable', params: { NetId: values.netId } },
            ...nameTagCommands(values.name, '<new route table id>'),
          ]}
          check={allOf(allowed, quota.check)}
          dryRun={(v) => dryRun(account, 'CreateRouteTable', { NetId: v.netId })}
          onSubmit={async (v) => {
            const answer = await step(t('rtb.create.failed'), () => create.mutateAsync({ NetId: v.netId }))
            const id = answer.RouteTable?.RouteTableId ?? ''
            await tagName(id, v.name)
            onClose()
            if (id) void navigate(paths.resource({ account, section: 'route-tables', id }))
          }}
          submitLabel={t('rtb.create.submit')}
          actions={
            <button type="button" className="btn" onClick={onClose}>
              {t('rtb.cancel')}
            </button>
          }
        >
          <p className="muted">{t('rtb.create.intro')}</p>
          {fixedNet ? (
            <p>{t('rtb.create.inNet', { net: fixedNet })}</p>
          ) : (
            <SelectField
              control={form.control}
              name="netId"
              label={t('rtb.create.net')}
              empty={t('rtb.choose')}
              options={netOptions(network.nets)}
            />
          )}
          <TextField control={form.control} name="name" label={t('rtb.create.name')} maxLength={255} />
          <QuotaSummary quota={quota} />
        </FormShell>
      )}
    </SideDialog>
  )
}
