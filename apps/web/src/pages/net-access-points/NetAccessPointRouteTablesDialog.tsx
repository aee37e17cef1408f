// Change the route tables a Net access point routes through (UpdateNetAccessPoint): the tables of its Net, the
// current ones ticked. OUTSCALE adds the service's route to each table added and removes it from each one removed.
import { useForm, useWatch } from 'react-hook-form'
import type { NetAccessPoint } from '@osc-console/osc-api'
import { useOscMutation } from '@osc-console/data'
import { useCan } from '../../app/account.ts'
import { text, useT } from '../../i18n/text.ts'
import { FormShell } from '../../forms/FormShell.tsx'
import { SideDialog } from '../../forms/SideDialog.tsx'
import { checksResolver } from '../../forms/field-errors.ts'
import { CheckboxGroupField } from '../../forms/fields.tsx'
import { dryRun, step } from '../../forms/steps.ts'
import { allOf } from '../../ui/ActionButton.tsx'
import { readersChangedBy } from '../../kit/registry.ts'
import { routeTablesRequest, tablesOfNet } from './nap-rules.ts'
import { routeTableOption, useRouteTables } from './nap-parts.tsx'

interface TablesForm {
  routeTableIds: string[]
}

export function NetAccessPointRouteTablesDialog({
  account,
  nap,
  onClose,
}: {
  account: string
  nap: NetAccessPoint
  onClose: () => void
}) {
  const t = useT()
  const can = useCan()
  const tables = useRouteTables(account)
  const update = useOscMutation(account, 'UpdateNetAccessPoint', {
    success: () => t('nap.tables.done'),
    alsoInvalidates: readersChangedBy('UpdateNetAccessPoint'),
  })
  const form = useForm<TablesForm>({
    defaultValues: { routeTableIds: nap.RouteTableIds ?? [] },
    resolver: checksResolver<TablesForm>(
      (v) => ({
        routeTableIds: routeTablesRequest(nap, v.routeTableIds) ? undefined : text('nap.tables.unchanged'),
      }),
      t,
    ),
  })
  const values = useWatch({ control: form.control }) as TablesForm
  const request = (v: TablesForm) =>
    routeTablesRequest(nap, v.routeTableIds) ?? { NetAccessPointId: nap.NetAccessPointId ?? '' }
  return (
    <SideDialog title={t('nap.tables.title')} closeLabel={t('nap.close')} onClose={onClose}>
      <FormShell
        form={form}
        label={t('nap.tables.title')}
        fields={{ AddRouteTableIds: 'routeTableIds', RemoveRouteTableIds: 'routeTableIds' }}
        commands={[{ action: 'UpdateNetAccessPoint', params: request(values) }]}
        check={allOf(can('UpdateNetAccessPoint'), can('ReadRouteTables'))}
        dryRun={(v) => dryRun(account, 'UpdateNetAccessPoint', request(v))}
        onSubmit={async (v) => {
          await step(t('nap.tables.failed'), () => update.mutateAsync(request(v)))
          onClose()
        }}
        submitLabel={t('nap.tables.submit')}
        actions={
          <button type="button" className="btn" onClick={onClose}>
            {t('nap.cancel')}
          </button>
        }
      >
        <p className="muted">{t('nap.tables.intro')}</p>
        <CheckboxGroupField
          control={form.control}
          name="routeTableIds"
          label={t('nap.create.routeTables')}
          empty={t('nap.create.noRouteTables')}
          options={tablesOfNet(tables, nap.NetId ?? '').map(routeTableOption)}
        />
      </FormShell>
    </SideDialog>
  )
}
