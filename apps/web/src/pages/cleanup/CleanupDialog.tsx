// The confirmation of a clean-up: how many of each family, in the order they go, the words to type, and one bulk
// operation whose items carry their own delete call and stage. Its own chunk: drawn only when asked for.
import { useStartOperation } from '@osc-console/data'
import { Dialog } from '../../ui/Dialog.tsx'
import { ConfirmEnd } from '../../ui/ConfirmEnd.tsx'
import { TypeToConfirm, useTypeToConfirm } from '../../kit/TypeToConfirm.tsx'
import { useT } from '../../i18n/text.ts'
import type { CleanupGroup } from './candidates.ts'
import type { CleanupEntry } from './families.ts'

export default function CleanupDialog({
  account,
  groups,
  selected,
  onClose,
  onStarted,
}: {
  account: string
  groups: CleanupGroup[]
  /** In deletion order. */
  selected: CleanupEntry[]
  onClose: () => void
  onStarted: (operationId: string) => void
}) {
  const t = useT()
  const start = useStartOperation()
  const count = selected.length
  const confirm = useTypeToConfirm(t('cleanup.confirm.word', { count }))
  const counts = groups
    .map((g) => ({ label: t(g.family.label), n: selected.filter((e) => e.family === g.family.key).length }))
    .filter((c) => c.n > 0)
  const submit = () =>
    start.mutate(
      {
        account,
        action: selected[0]!.action,
        items: selected.map((e) => ({
          resourceId: e.id,
          action: e.action,
          stage: e.stage,
          params: e.params,
        })),
      },
      { onSuccess: ({ id }) => onStarted(id) },
    )
  const title = t('cleanup.confirm.title', { count })
  return (
    <Dialog title={title} onClose={onClose}>
      <p className="text-sm">{t('cleanup.confirm.order')}</p>
      <ol aria-label={t('cleanup.confirm.orderLabel')} className="mt-1 list-decimal pl-6 text-sm">
        {counts.map((c) => (
          <li key={c.label}>{t('cleanup.confirm.family', { family: c.label, count: c.n })}</li>
        ))}
      </ol>
      <TypeToConfirm
        word={t('cleanup.confirm.word', { count })}
        warning={t('cleanup.confirm.warning')}
        typed={confirm.typed}
        onChange={confirm.setTyped}
      />
      <ConfirmEnd
        error={start.error}
        busy={start.isPending}
        check={confirm.check}
        variant="danger"
        onConfirm={submit}
        onClose={onClose}
      >
        {title}
      </ConfirmEnd>
    </Dialog>
  )
}
