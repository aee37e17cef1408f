// Pick VMs of the account by searching their names, ids, addresses and tags: the backends to register. Only the
// first matches are drawn; a search narrows an account of thousands of VMs down to the ones meant.
import { useMemo, useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import type { Vm } from '@osc-console/osc-api'
import { useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { listQuery } from '../../kit/queries.ts'
import { vmResource } from '../../kit/registry.ts'
import { itemsOf } from '../../kit/descriptor.ts'
import { ErrorPanel } from '../../ui/ErrorPanel.tsx'
import { StateBadge } from '../../ui/StateBadge.tsx'
import { vmName, vmSearchText } from '../vms/vm-format.ts'

const SHOWN = 50

export function VmPicker({
  account,
  value,
  onChange,
  exclude = [],
  label,
}: {
  account: string
  value: readonly string[]
  onChange: (ids: string[]) => void
  /** VMs that cannot be picked (already registered). */
  exclude?: readonly string[]
  label: string
}) {
  const t = useT()
  const canRead = useCan()('ReadVms')
  const query = useQuery({ ...listQuery(vmResource, account), enabled: canRead.allowed })
  const [search, setSearch] = useState('')
  const candidates = useMemo(
    () =>
      itemsOf(vmResource, query.data).filter(
        (vm) => vm.State !== 'terminated' && !exclude.includes(vm.VmId ?? ''),
      ),
    [query.data, exclude],
  )
  const words = search.trim().toLowerCase().split(/\s+/).filter(Boolean)
  const matches = candidates.filter((vm) => {
    const haystack = vmSearchText(vm).toLowerCase()
    return words.every((w) => haystack.includes(w))
  })
  const toggle = (vm: Vm, on: boolean) => {
    const id = vm.VmId ?? ''
    onChange(on ? [...value, id] : value.filter((v) => v !== id))
  }
  return (
    <fieldset className="flex flex-col gap-2 text-sm">
      <legend className="mb-1">{label}</legend>
      {!canRead.allowed && <p className="muted">{canRead.reason}</p>}
      <input
        type="search"
        className="input"
        aria-label={t('lb.vmPicker.search')}
        placeholder={t('lb.vmPicker.placeholder')}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      {query.error && <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />}
      {query.isPending && canRead.allowed && <p className="muted">{t('lb.vmPicker.loading')}</p>}
      <ul className="flex max-h-64 flex-col overflow-y-auto" aria-label={t('lb.vmPicker.results')}>
        {matches.slice(0, SHOWN).map((vm) => {
          const id = vm.VmId ?? ''
          const name = vmName(vm)
          return (
            <li key={id}>
              <label className="flex items-center gap-2 py-0.5">
                <input
                  type="checkbox"
                  checked={value.includes(id)}
                  onChange={(e) => toggle(vm, e.target.checked)}
                  aria-label={t('lb.vmPicker.pick', { name: name || id })}
                />
                <span className="font-medium">{name || id}</span>
                {name && <span className="font-mono text-xs muted">{id}</span>}
                <span className="font-mono text-xs muted">{vm.PrivateIp}</span>
                <StateBadge state={vm.State} />
              </label>
            </li>
          )
        })}
      </ul>
      {!query.isPending && matches.length === 0 && <p className="muted">{t('lb.vmPicker.none')}</p>}
      {matches.length > SHOWN && (
        <p className="text-xs muted">{t('lb.vmPicker.more', { count: matches.length - SHOWN })}</p>
      )}
      {value.length > 0 && <p className="text-xs">{t('lb.vmPicker.chosen', { count: value.length })}</p>}
    </fieldset>
  )
}
