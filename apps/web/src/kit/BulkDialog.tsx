// The confirmation of a bulk action: what will be done to which items, what is skipped and why, the word to type
// for what cannot be undone, and the request. Its own chunk: a list draws it only once rows are selected.
import { useStartOperation } from '@osc-console/data'
import { reasonText } from '../ui/ActionButton.tsx'
import { Dialog } from '../ui/Dialog.tsx'
import { ConfirmEnd } from '../ui/ConfirmEnd.tsx'
import { useT } from '../i18n/text.ts'
import { labelOf, type ResourceDescriptor } from './descriptor.ts'
import type { BulkAction } from './BulkBar.tsx'
import { TypeToConfirm, useTypeToConfirm } from './TypeToConfirm.tsx'

export default function BulkDialog<T extends object>({
  resource: d,
  account,
  bulk,
  selected,
  onClose,
  onStarted,
}: {
  resource: ResourceDescriptor<T>
  account: string
  bulk: BulkAction<T>
  selected: T[]
  onClose: () => void
  onStarted: (id: string) => void
}) {
  const t = useT()
  const eligible = selected.filter((item) => bulk.rule(item).allowed)
  const skipped = selected.filter((item) => !bulk.rule(item).allowed)
  const start = useStartOperation()
  const word = bulk.typeToConfirm && t(bulk.typeToConfirm.word)
  const confirm = useTypeToConfirm(word)
  const ids = eligible.map((item) => d.idOf(item))
  const paramsOf = eligible.map((item) => bulk.params(d.idOf(item), item))
  const submit = () =>
    start.mutate(
      {
        account,
        action: bulk.action,
        items: ids.map((id, i) => ({ resourceId: id, params: paramsOf[i] as Record<string, unknown> })),
      },
      { onSuccess: ({ id }) => onStarted(id) },
    )
  const title = t('kit.bulk.title', {
    action: t(bulk.label),
    count: eligible.length,
    noun: t(d.noun, { count: eligible.length }),
  })
  return (
    <Dialog title={title} onClose={onClose}>
      <p className="text-sm">
        {t('kit.bulk.these', {
          action: t(bulk.label),
          count: eligible.length,
          noun: t(d.noun, { count: eligible.length }),
        })}
      </p>
      <ul className="mt-1 max-h-40 overflow-y-auto text-sm">
        {eligible.map((item) => (
          <li key={d.idOf(item)}>
            {d.nameOf(item) || t('kit.noName')}{' '}
            <span className="font-mono text-xs muted">{d.idOf(item)}</span>
          </li>
        ))}
      </ul>
      {skipped.length > 0 && (
        <div className="mt-2 text-sm">
          <p className="font-medium">{t('kit.bulk.skipped', { count: skipped.length })}</p>
          <ul className="max-h-32 overflow-y-auto">
            {skipped.map((item) => {
              const reason = reasonText(bulk.rule(item), t)
              return (
                <li key={d.idOf(item)} className="muted">
                  {labelOf(d, item)}: {reason}
                </li>
              )
            })}
          </ul>
        </div>
      )}
      {bulk.typeToConfirm && word && (
        <TypeToConfirm
          word={word}
          warning={t(bulk.typeToConfirm.warning)}
          typed={confirm.typed}
          onChange={confirm.setTyped}
        />
      )}
      <ConfirmEnd
        action={bulk.action}
        params={paramsOf.length === 1 ? (paramsOf[0] ?? {}) : mergeParams(paramsOf)}
        error={start.error}
        busy={start.isPending}
        check={confirm.check}
        variant={bulk.danger ? 'danger' : 'primary'}
        onConfirm={submit}
        onClose={onClose}
      >
        {title}
      </ConfirmEnd>
    </Dialog>
  )
}

/** The one request that would do the same as the per-item ones ({VmIds:[a]}, {VmIds:[b]} → {VmIds:[a,b]}). */
function mergeParams(all: object[]): object {
  const merged: Record<string, unknown> = {}
  for (const params of all)
    for (const [key, value] of Object.entries(params)) {
      const before = merged[key]
      if (Array.isArray(value)) merged[key] = [...(Array.isArray(before) ? before : []), ...value]
      else if (!(key in merged)) merged[key] = value
    }
  return merged
}
