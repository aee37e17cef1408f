// The command palette's dialog, loaded when a person first opens it: what it finds is listed from the reads
// already in the cache, every family of the registry, and every API call's explorer form; its actions only open
// confirmations.
import { useId, useMemo, useState } from 'react'
import { useNavigate } from '@tanstack/react-router'
import { useQueryClient } from '@tanstack/react-query'
import { actionNames } from '@osc-console/osc-api'
import { Dialog } from '../ui/Dialog.tsx'
import { navGroupsFor } from './nav.ts'
import { useT } from '../i18n/text.ts'
import { useAccountId, useMe } from './account.ts'
import { paths } from '../paths.ts'
import { resources } from '../kit/registry.ts'
import { itemsOf, labelOf } from '../kit/descriptor.ts'
import { loadWords, type Words } from '../i18n/words.ts'
import { pageWords, type PagePath } from '../i18n/catalog.ts'

interface Command {
  id: string
  label: string
  hint: string
  /** Listed only once the person types, so the first screen stays short. */
  action?: boolean
  run: () => void
}

const MAX_RESULTS = 30

/** The words of the list page of every family the palette can act on (their actions' names), and of the VMs'. */
export function loadPaletteWords(): Promise<void> | undefined {
  const sections = ['vms', ...resources.filter((d) => d.paletteActions.length > 0).map((d) => d.section)]
  return loadWords(sections.flatMap((section): readonly Words[] => pageWords[section as PagePath] ?? []))
}

export default function PaletteDialog({ onClose }: { onClose: () => void }) {
  const account = useAccountId()
  const me = useMe()
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
        label: t('vms.create'),
        hint: t('palette.kind.action'),
        run: go(() => navigate(paths.newVm({ account }))),
      },
      // The pages the sidebar offers this person: no audit log for billing alone.
      ...navGroupsFor(me, account)
        .flatMap((group) => group.items)
        .map((item) => ({
          id: `page-${item.section}`,
          label: t(item.label),
          hint: t('palette.kind.page'),
          run: go(() => navigate(paths.section({ account, section: item.section }))),
        })),
    ]
    const found: Command[] = resources.flatMap((d) => {
      const items = new Map<string, object>()
      for (const [, data] of client.getQueriesData({ queryKey: [account, d.read] }))
        for (const item of itemsOf(d, data)) items.set(d.idOf(item), item)
      const noun = t(d.noun, { count: 1 })
      return [...items].flatMap(([id, item]) => {
        const label = labelOf(d, item)
        const hint = [noun, d.hint(item)].filter(Boolean).join(' · ')
        const page = paths.resource({ account, section: d.section, id })
        return [
          {
            id: `${d.section}-${id}`,
            label: label === id ? id : `${label} (${id})`,
            hint,
            run: go(() => navigate(page)),
          },
          // Actions open the resource's confirmation dialog; nothing runs from the palette itself.
          ...d.paletteActions.map(({ dialog, label: verb }) => ({
            id: `${d.section}-${id}-${dialog}`,
            label: t('palette.action', { action: t(verb), name: label }),
            hint: `${id} · ${hint}`,
            action: true,
            run: go(() => navigate({ ...page, search: { dialog } })),
          })),
        ]
      })
    })
    // Every call of the API opens its form in the explorer; listed once the person types, like actions.
    const calls: Command[] = actionNames.map((action) => ({
      id: `call-${action}`,
      label: action,
      hint: t('palette.kind.call'),
      action: true,
      run: go(() => navigate(paths.explorerCall({ account, action }))),
    }))
    return [...pages, ...found, ...calls]
  }, [account, client, me, navigate, onClose, t])

  const needle = text.trim().toLowerCase()
  const results = (
    needle
      ? commands.filter((c) => `${c.label} ${c.hint}`.toLowerCase().includes(needle))
      : commands.filter((c) => !c.action)
  ).slice(0, MAX_RESULTS)
  const current = Math.min(active, Math.max(0, results.length - 1))

  return (
    <Dialog title={t('palette.title')} onClose={onClose}>
      <input
        autoFocus
        className="input"
        role="combobox"
        aria-label={t('palette.command')}
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={results[current] ? `${listId}-${results[current].id}` : undefined}
        placeholder={t('palette.placeholder')}
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
      <ul
        id={listId}
        role="listbox"
        aria-label={t('palette.results')}
        className="mt-2 max-h-80 overflow-y-auto"
      >
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
        {results.length === 0 && <li className="p-2 text-sm muted">{t('palette.none', { text })}</li>}
      </ul>
    </Dialog>
  )
}
