// Actions on the selected rows of a list, through the BFF's operations API, which records the per-item results so
// they survive a reload. Each action is data ({action, label, rule}); the bar disables what none of the selection
// allows, saying why, and the dialog lists what will be skipped and why.
import { Suspense, lazy, useState } from 'react'
import type { ActionName } from '@osc-console/osc-api'
import { ActionButton, allOf, allowed, reasonText, type AnyCheck } from '../ui/ActionButton.tsx'
import { useCan } from '../app/account.ts'
import { useT } from '../i18n/text.ts'
import type { MessageId } from '../i18n/catalog.ts'
import type { ResourceDescriptor } from './descriptor.ts'

import type LoadedBulkDialog from './BulkDialog.tsx'

// lazy() forgets that the dialog is generic over the item type; it is the same component.
const BulkDialog = lazy(() => import('./BulkDialog.tsx')) as unknown as typeof LoadedBulkDialog

export interface BulkAction<T> {
  key: string
  action: ActionName
  /** The button: "Stop". Its dialog says "{label} {count} {noun}". */
  label: MessageId
  /** Why no selected item qualifies: "None of the selected VMs can be stopped." */
  noneCan: MessageId
  rule: (item: T) => AnyCheck
  /** The request for one item, e.g. { VmIds: [id] }; the item too, for a call keyed by something else (a link id). */
  params: (id: string, item: T) => object
  danger?: boolean
  /** A word to type before an action that cannot be undone, and the warning above it. */
  typeToConfirm?: { word: MessageId; warning: MessageId }
}

export function BulkBar<T extends object>({
  resource: d,
  account,
  actions,
  selected,
  onStarted,
}: {
  resource: ResourceDescriptor<T>
  account: string
  actions: readonly BulkAction<T>[]
  selected: T[]
  onStarted: (operationId: string) => void
}) {
  const can = useCan()
  const t = useT()
  const [open, setOpen] = useState<BulkAction<T> | undefined>()
  if (selected.length === 0 || actions.length === 0) return null
  const checkFor = (bulk: BulkAction<T>): AnyCheck => {
    const first = selected.map(bulk.rule).find((c) => !c.allowed)
    const some = selected.some((item) => bulk.rule(item).allowed)
    const reason = (first && reasonText(first, t)) ?? ''
    return allOf(
      can(bulk.action),
      some ? allowed : { allowed: false, reason: `${t(bulk.noneCan)} ${reason}`.trim() },
    )
  }
  return (
    <div
      role="group"
      aria-label={t('kit.bulk.group', { noun: t(d.noun, { count: 2 }) })}
      className="flex items-center gap-2"
    >
      <span className="text-sm muted">{t('kit.bulk.selected', { count: selected.length })}</span>
      {actions.map((bulk) => (
        <ActionButton
          key={bulk.key}
          check={checkFor(bulk)}
          variant={bulk.danger ? 'danger' : 'default'}
          onClick={() => setOpen(bulk)}
        >
          {t(bulk.label)}
        </ActionButton>
      ))}
      {open && (
        <Suspense fallback={null}>
          <BulkDialog
            resource={d}
            account={account}
            bulk={open}
            selected={selected}
            onClose={() => setOpen(undefined)}
            onStarted={(id) => {
              setOpen(undefined)
              onStarted(id)
            }}
          />
        </Suspense>
      )}
    </div>
  )
}
