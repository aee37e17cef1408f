// The listeners tab: each listener with its certificate and policies, removed after a confirmation; new ones
// added with the same fields as in the create form (HTTPS and SSL pick a server certificate by name).
import { useState } from 'react'
import { useForm, useWatch, type Control } from 'react-hook-form'
import type { LoadBalancer } from '@osc-console/osc-api'
import { useOscMutation } from '@osc-console/data'
import { useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { ActionButton } from '../../ui/ActionButton.tsx'
import { ConfirmDialog } from '../../kit/ConfirmDialog.tsx'
import { FormShell } from '../../forms/FormShell.tsx'
import { SideDialog } from '../../forms/SideDialog.tsx'
import { checksResolver } from '../../forms/field-errors.ts'
import { dryRun, step } from '../../forms/steps.ts'
import { listenerText } from './lb-format.ts'
import { listenerParameterFields, listenerProblems, listenerRequest, newListener } from './lb-forms.ts'
import { ListenerFields, type ListenersPart } from './lb-form-fields.tsx'
import { PlainTable } from '../../kit/PlainTable.tsx'

export function ListenersTab({ account, lb }: { account: string; lb: LoadBalancer }) {
  const t = useT()
  const can = useCan()
  const name = lb.LoadBalancerName ?? ''
  const [adding, setAdding] = useState(false)
  const [removing, setRemoving] = useState<number | undefined>()
  const listeners = lb.Listeners ?? []
  return (
    <div className="flex flex-col gap-3">
      <PlainTable
        label={t('lb.listeners.table')}
        columns={[
          t('lb.listeners.col.listener'),
          t('lb.listeners.col.certificate'),
          t('lb.listeners.col.policies'),
        ]}
        actions={t('lb.listeners.col.actions')}
        empty={listeners.length === 0 ? t('lb.listeners.none') : undefined}
      >
        {listeners.map((l) => (
          <tr key={l.LoadBalancerPort}>
            <td className="font-mono text-xs">{listenerText(l)}</td>
            <td className="font-mono text-xs break-all">{l.ServerCertificateId ?? '—'}</td>
            <td className="text-xs">{(l.PolicyNames ?? []).join(', ') || '—'}</td>
            <td className="text-right">
              <ActionButton
                check={can('DeleteLoadBalancerListeners')}
                onClick={() => setRemoving(l.LoadBalancerPort)}
              >
                <span aria-hidden>{t('lb.listeners.removeShort')}</span>
                <span className="sr-only">
                  {t('lb.listeners.remove', { port: l.LoadBalancerPort ?? '' })}
                </span>
              </ActionButton>
            </td>
          </tr>
        ))}
      </PlainTable>
      <div>
        <ActionButton check={can('CreateLoadBalancerListeners')} onClick={() => setAdding(true)}>
          {t('lb.listeners.add')}
        </ActionButton>
      </div>
      {adding && <AddListenerDialog account={account} lb={lb} onClose={() => setAdding(false)} />}
      {removing !== undefined && (
        <ConfirmDialog
          account={account}
          action="DeleteLoadBalancerListeners"
          params={{ LoadBalancerName: name, LoadBalancerPorts: [removing] }}
          title={t('lb.listeners.remove.title', { port: removing })}
          confirmLabel={t('lb.listeners.remove.confirm')}
          success={t('lb.listeners.removed', { port: removing })}
          danger
          onClose={() => setRemoving(undefined)}
        >
          <p>{t('lb.listeners.remove.body', { port: removing, name })}</p>
        </ConfirmDialog>
      )}
    </div>
  )
}

function AddListenerDialog({
  account,
  lb,
  onClose,
}: {
  account: string
  lb: LoadBalancer
  onClose: () => void
}) {
  const t = useT()
  const name = lb.LoadBalancerName ?? ''
  const taken = (lb.Listeners ?? []).flatMap((l) => (l.LoadBalancerPort ? [l.LoadBalancerPort] : []))
  const form = useForm<ListenersPart>({
    defaultValues: { listeners: [{ ...newListener(), port: taken.includes(80) ? 8080 : 80 }] },
    resolver: checksResolver((v: ListenersPart) => listenerProblems(v.listeners, taken), t),
  })
  const create = useOscMutation(account, 'CreateLoadBalancerListeners', {
    success: t('lb.listeners.added'),
  })
  const request = (v: ListenersPart) => ({
    LoadBalancerName: name,
    Listeners: v.listeners.map(listenerRequest),
  })
  const values = useWatch({ control: form.control }) as ListenersPart
  return (
    <SideDialog title={t('lb.listeners.add')} closeLabel={t('lb.close')} onClose={onClose}>
      <FormShell
        form={form}
        label={t('lb.listeners.add')}
        fields={listenerParameterFields(1)}
        commands={[{ action: 'CreateLoadBalancerListeners', params: request(values) }]}
        dryRun={(v) => dryRun(account, 'CreateLoadBalancerListeners', request(v))}
        onSubmit={async (v) => {
          await step(t('lb.listeners.addFailed'), () => create.mutateAsync(request(v)))
          onClose()
        }}
        submitLabel={t('lb.listeners.add')}
        actions={
          <button type="button" className="btn" onClick={onClose}>
            {t('lb.cancel')}
          </button>
        }
      >
        <ListenerFields account={account} control={form.control as Control<ListenersPart>} index={0} />
      </FormShell>
    </SideDialog>
  )
}
