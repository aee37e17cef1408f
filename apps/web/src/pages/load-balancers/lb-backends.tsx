// The backends tab: every registered VM with its live health (ReadVmsHealth, polled while the page is open, fast
// while a backend changes), deregistered after a confirmation; more VMs registered from a searchable list.
import { PlainTable } from '../../kit/PlainTable.tsx'
import { useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import type { BackendVmHealth, LoadBalancer } from '@osc-console/osc-api'
import { oscQuery, useOscMutation } from '@osc-console/data'
import { useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { ActionButton, allOf, allowed } from '../../ui/ActionButton.tsx'
import { CommandPreview } from '../../ui/CommandPreview.tsx'
import { ErrorPanel } from '../../ui/ErrorPanel.tsx'
import { ConfirmDialog } from '../../kit/ConfirmDialog.tsx'
import { SideDialog } from '../../forms/SideDialog.tsx'
import { ResourceId } from '../../kit/ResourceId.tsx'
import { vmName } from '../vms/vm-format.ts'
import { healthWord, type HealthWord } from './lb-format.ts'
import { useBackendHealth } from './use-backend-health.ts'
import { VmPicker } from './VmPicker.tsx'

const HEALTH_TONE: Record<HealthWord, string> = {
  up: 'bg-green-100 text-green-900 dark:bg-green-950 dark:text-green-200',
  down: 'bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200',
  unknown: 'bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-200',
}

export function HealthBadge({ health }: { health: BackendVmHealth | undefined }) {
  const t = useT()
  const word = healthWord(health)
  return (
    <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${HEALTH_TONE[word]}`}>
      {t(`lb.health.${word}`)}
    </span>
  )
}

export function BackendsTab({ account, lb }: { account: string; lb: LoadBalancer }) {
  const t = useT()
  const can = useCan()
  const name = lb.LoadBalancerName ?? ''
  const ids = lb.BackendVmIds ?? []
  // The page's header polls the same read; this tab only reads what it brings.
  const health = useBackendHealth(account, lb, { poll: false })
  const byVm = new Map((health.data?.BackendVmHealth ?? []).map((h) => [h.VmId, h]))
  // Only the registered VMs' names: the account may have thousands of VMs.
  const vms = useQuery({
    ...oscQuery(account, 'ReadVms', { Filters: { VmIds: ids } }),
    enabled: ids.length > 0 && can('ReadVms').allowed,
  })
  const vmById = new Map((vms.data?.Vms ?? []).map((vm) => [vm.VmId, vm]))
  const [registering, setRegistering] = useState(false)
  const [deregistering, setDeregistering] = useState<string | undefined>()
  const label = (id: string) => {
    const vm = vmById.get(id)
    return (vm && vmName(vm)) || id
  }
  return (
    <div className="flex flex-col gap-3">
      {health.error && <ErrorPanel error={health.error} onRetry={() => void health.refetch()} />}
      <PlainTable
        label={t('lb.backends.table')}
        columns={[
          t('lb.backends.col.vm'),
          t('table.col.id'),
          t('lb.backends.col.health'),
          t('lb.backends.col.reason'),
        ]}
        actions={t('lb.listeners.col.actions')}
        empty={ids.length === 0 ? t('lb.backends.none') : undefined}
      >
        {ids.map((id) => {
          const h = byVm.get(id)
          return (
            <tr key={id}>
              <td className="font-medium whitespace-nowrap">{label(id)}</td>
              <td>
                <ResourceId account={account} id={id} />
              </td>
              <td>
                <HealthBadge health={h} />
              </td>
              <td className="text-xs muted">{h && h.State !== 'InService' ? h.Description : ''}</td>
              <td className="text-right">
                <ActionButton check={can('DeregisterVmsInLoadBalancer')} onClick={() => setDeregistering(id)}>
                  <span aria-hidden>{t('lb.backends.deregisterShort')}</span>
                  <span className="sr-only">{t('lb.backends.deregister', { name: label(id) })}</span>
                </ActionButton>
              </td>
            </tr>
          )
        })}
      </PlainTable>
      <div>
        <ActionButton check={can('RegisterVmsInLoadBalancer')} onClick={() => setRegistering(true)}>
          {t('lb.backends.register')}
        </ActionButton>
      </div>
      {registering && <RegisterDialog account={account} lb={lb} onClose={() => setRegistering(false)} />}
      {deregistering && (
        <ConfirmDialog
          account={account}
          action="DeregisterVmsInLoadBalancer"
          params={{ LoadBalancerName: name, BackendVmIds: [deregistering] }}
          title={t('lb.backends.deregister.title', { name: label(deregistering) })}
          confirmLabel={t('lb.backends.deregister.confirm')}
          success={t('lb.backends.deregistered', { name: label(deregistering) })}
          danger
          onClose={() => setDeregistering(undefined)}
        >
          <p>{t('lb.backends.deregister.body', { name: label(deregistering), lb: name })}</p>
        </ConfirmDialog>
      )}
    </div>
  )
}

function RegisterDialog({
  account,
  lb,
  onClose,
}: {
  account: string
  lb: LoadBalancer
  onClose: () => void
}) {
  const t = useT()
  const can = useCan()
  const [chosen, setChosen] = useState<string[]>([])
  const register = useOscMutation(account, 'RegisterVmsInLoadBalancer', {
    success: t('lb.backends.registered', { count: chosen.length }),
    onSuccess: onClose,
  })
  const params = { LoadBalancerName: lb.LoadBalancerName ?? '', BackendVmIds: chosen }
  return (
    <SideDialog title={t('lb.backends.register')} closeLabel={t('lb.close')} onClose={onClose}>
      <div className="flex flex-col gap-3 text-sm">
        <VmPicker
          account={account}
          value={chosen}
          onChange={setChosen}
          exclude={lb.BackendVmIds ?? []}
          label={t('lb.backends.pick')}
        />
        {register.error && <ErrorPanel error={register.error} title={t('lb.backends.registerFailed')} />}
        {chosen.length > 0 && <CommandPreview action="RegisterVmsInLoadBalancer" params={params} />}
        <div className="flex justify-end gap-2">
          <button type="button" className="btn" onClick={onClose}>
            {t('lb.cancel')}
          </button>
          <ActionButton
            check={allOf(
              can('RegisterVmsInLoadBalancer'),
              chosen.length ? allowed : { allowed: false, reason: t('lb.backends.pickFirst') },
            )}
            busy={register.isPending}
            variant="primary"
            onClick={() => register.mutate(params)}
          >
            {t('lb.backends.registerN', { count: chosen.length })}
          </ActionButton>
        </div>
      </div>
    </SideDialog>
  )
}
