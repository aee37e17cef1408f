// Ctrl/Cmd+K: go to a page, or find a VM already loaded in this tab by id, name or IP.
import { useEffect, useId, useMemo, useState } from 'react'
import { useNavigate } from '@tanstack/react-router'
import { useQueryClient } from '@tanstack/react-query'
import type { Vm } from '@osc-console/osc-api'
import { Dialog } from '../ui/Dialog.tsx'
import { navItems } from './nav.ts'
import { useT } from '../i18n/text.ts'
import { useAccountId } from './account.ts'
import { paths } from '../paths.ts'
import { vmName } from '../pages/vms/vm-format.ts'
import type { VmDialog } from '../pages/vms/search.ts'

interface Command {
  id: string
  label: string
  hint: string
  /** Listed only once the person types, so the first screen stays short. */
  action?: boolean
  run: () => void
}

const vmPaletteActions: Array<[VmDialog, string]> = [
  ['stop', 'Stop'],
  ['reboot', 'Reboot'],
  ['edit', 'Edit'],
  ['terminate', 'Terminate'],
]

const MAX_RESULTS = 30

export function CommandPalette() {
  const [open, setOpen] = useState(false)
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault()
        setOpen(true)
      }
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [])
  return (
    <>
      <button
        type="button"
        className="btn"
        aria-keyshortcuts="Control+K Meta+K"
        onClick={() => setOpen(true)}
      >
        Go to… <kbd className="rounded border px-1 text-xs muted max-sm:hidden">Ctrl K</kbd>
      </button>
      {open && <PaletteDialog onClose={() => setOpen(false)} />}
    </>
  )
}

function PaletteDialog({ onClose }: { onClose: () => void }) {
  const account = useAccountId()
  const navigate = useNavigate()
  const t = useT()
  const client = useQueryClient()
  const [text, setText] = useState('')
  const [active, setActive] = useState(0)
  const listId = useId()

  const commands = useMemo<Command[]>(() => {
    const go = (to: () => Promise<void>) => () => {
      onClose()
      void to()
    }
    const pages: Command[] = [
      {
        id: 'create-vm',
        label: 'Create VM',
        hint: 'Action',
        run: go(() => navigate(paths.newVm({ account }))),
      },
      ...navItems.map((item) => ({
        id: `page-${item.section}`,
        label: t(item.label),
        hint: 'Page',
        run: go(() => navigate(paths.section({ account, section: item.section }))),
      })),
    ]
    const vms = new Map<string, Vm>()
    for (const [, data] of client.getQueriesData<{ Vms?: Vm[] }>({ queryKey: [account, 'ReadVms'] })) {
      for (const vm of data?.Vms ?? []) if (vm.VmId) vms.set(vm.VmId, vm)
    }
    const resources: Command[] = [...vms.values()].flatMap((vm) => {
      const vmId = vm.VmId ?? ''
      const label = vmName(vm) || vmId
      const hint = [vm.State, vm.PrivateIp, vm.PublicIp].filter(Boolean).join(' · ')
      return [
        {
          id: `vm-${vmId}`,
          label: `${label} (${vmId})`,
          hint,
          run: go(() => navigate(paths.vm({ account, vmId }))),
        },
        // Actions open the VM's confirmation dialog; nothing runs from the palette itself.
        ...vmPaletteActions.map(([dialog, verb]) => ({
          id: `vm-${vmId}-${dialog}`,
          label: `${verb} ${label}`,
          hint: `${vmId} · ${hint}`,
          action: true,
          run: go(() => navigate({ ...paths.vm({ account, vmId }), search: { dialog } })),
        })),
      ]
    })
    return [...pages, ...resources]
  }, [account, client, navigate, onClose, t])

  const needle = text.trim().toLowerCase()
  const results = (
    needle
      ? commands.filter((c) => `${c.label} ${c.hint}`.toLowerCase().includes(needle))
      : commands.filter((c) => !c.action)
  ).slice(0, MAX_RESULTS)
  const current = Math.min(active, Math.max(0, results.length - 1))

  return (
    <Dialog title="Go to" onClose={onClose}>
      <input
        autoFocus
        className="input"
        role="combobox"
        aria-label="Command"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={results[current] ? `${listId}-${results[current].id}` : undefined}
        placeholder="Page, VM name, id or IP"
        value={text}
        onChange={(event) => {
          setText(event.target.value)
          setActive(0)
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault()
            setActive((i) => Math.min(i + 1, results.length - 1))
          } else if (event.key === 'ArrowUp') {
            event.preventDefault()
            setActive((i) => Math.max(i - 1, 0))
          } else if (event.key === 'Enter') {
            event.preventDefault()
            results[current]?.run()
          }
        }}
      />
      <ul id={listId} role="listbox" aria-label="Results" className="mt-2 max-h-80 overflow-y-auto">
        {results.map((command, index) => (
          <li
            key={command.id}
            id={`${listId}-${command.id}`}
            role="option"
            aria-selected={index === current}
            className={`flex cursor-pointer justify-between rounded px-2 py-1.5 text-sm ${
              index === current ? 'bg-blue-100 dark:bg-blue-900' : ''
            }`}
            onMouseEnter={() => setActive(index)}
            onClick={command.run}
          >
            <span>{command.label}</span>
            <span className="muted text-xs">{command.hint}</span>
          </li>
        ))}
        {results.length === 0 && <li className="p-2 text-sm muted">Nothing matches “{text}”.</li>}
      </ul>
    </Dialog>
  )
}
