// Clean up: everything created in the account since a moment (or carrying a tag), grouped by family in the order
// OUTSCALE lets them be deleted, deleted as one staged bulk operation after typing a confirmation. What OUTSCALE's
// `frieza` does on the command line, with the per-item results kept by the console.
import { Suspense, lazy, useMemo, useState } from 'react'
import { getRouteApi } from '@tanstack/react-router'
import { useCan, useCurrentAccount } from '../../app/account.ts'
import { PageState } from '../../kit/PageState.tsx'
import { PageHeader } from '../../ui/PageHeader.tsx'
import { ActionButton, allOf, allowed } from '../../ui/ActionButton.tsx'
import { useT } from '../../i18n/text.ts'
import { useCleanupGroups } from './candidates.ts'
import { CleanupCriteria } from './CleanupCriteria.tsx'
import { CleanupGroups, entryKey } from './CleanupGroups.tsx'
import { cleanupFamilies } from './families.ts'
import { criterionOf } from './families.ts'
import type { CleanupSearch } from './search.ts'

const CleanupDialog = lazy(() => import('./CleanupDialog.tsx'))
const OperationResults = lazy(() =>
  import('../../table/OperationResults.tsx').then((m) => ({ default: m.OperationResults })),
)

const route = getRouteApi('/$account/cleanup')

/** The most items one bulk operation takes (the BFF's limit). */
const MAX_ITEMS = 500

export default function CleanupPage() {
  const { account } = route.useParams()
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const current = useCurrentAccount()
  const can = useCan()
  const t = useT()
  // "An hour ago" is fixed when the page opens, so the list does not shift under the person.
  const [openedAt] = useState(() => Date.now())
  const criterion = useMemo(() => criterionOf(search, openedAt), [search, openedAt])
  const groups = useCleanupGroups(account, criterion)
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set())
  const [confirming, setConfirming] = useState(false)
  const setSearch = (changes: Partial<CleanupSearch>) =>
    void navigate({ search: (old: CleanupSearch) => ({ ...old, ...changes }), replace: true })

  const title = t('cleanup.title')
  const canRead = can('ReadVms')
  if (!canRead.allowed)
    return (
      <div className="p-6">
        <PageState kind="not-allowed" title={title} what={t('cleanup.notAllowed')} reason={canRead.reason} />
      </div>
    )

  const selected = groups.flatMap((g) =>
    g.remove.allowed ? g.entries.filter((e) => !unticked.has(entryKey(e))) : [],
  )
  const found = groups.reduce((n, g) => n + g.entries.length, 0)
  const loading = groups.some((g) => g.loading)
  const refusal = groups.find((g) => g.entries.length > 0 && !g.remove.allowed)?.remove
  const deleteCheck = allOf(
    selected.length > 0
      ? allowed
      : refusal && !refusal.allowed
        ? refusal
        : { allowed: false, reason: t('cleanup.noneSelected') },
    selected.length <= MAX_ITEMS
      ? allowed
      : { allowed: false, reason: t('cleanup.tooMany', { max: MAX_ITEMS }) },
  )
  const undated = cleanupFamilies.filter((f) => 'audit' in f.created).map((f) => t(f.resource.title))
  const names = new Map(groups.flatMap((g) => g.entries.map((e) => [e.id, e.name] as const)))

  return (
    <div className="flex flex-col gap-4 p-6">
      <PageHeader title={title} description={t('cleanup.description', { account: current?.name ?? account })}>
        <ActionButton check={deleteCheck} variant="danger" onClick={() => setConfirming(true)}>
          {t('cleanup.delete', { count: selected.length })}
        </ActionButton>
      </PageHeader>
      <CleanupCriteria criterion={criterion} onChange={setSearch} />
      <p className="text-sm muted">{t('cleanup.undated', { families: [...new Set(undated)].join(', ') })}</p>
      {search.op && (
        <Suspense fallback={null}>
          <OperationResults
            id={search.op}
            onDismiss={() => setSearch({ op: undefined })}
            nameOf={(id) => names.get(id) || undefined}
            heading={{ running: t('cleanup.results.running'), done: t('cleanup.results.done') }}
          />
        </Suspense>
      )}
      {!loading && found === 0 ? (
        <div className="card p-6">
          <PageState
            kind="empty"
            title={t('cleanup.empty.title')}
            body={t('tagKey' in criterion ? 'cleanup.empty.tag' : 'cleanup.empty.since')}
          />
        </div>
      ) : (
        <CleanupGroups
          groups={groups}
          unticked={unticked}
          onToggle={(key) =>
            setUnticked((old) => {
              const next = new Set(old)
              if (!next.delete(key)) next.add(key)
              return next
            })
          }
        />
      )}
      {confirming && (
        <Suspense fallback={null}>
          <CleanupDialog
            account={account}
            groups={groups}
            selected={selected}
            onClose={() => setConfirming(false)}
            onStarted={(op) => {
              setConfirming(false)
              setUnticked(new Set())
              setSearch({ op })
            }}
          />
        </Suspense>
      )}
    </div>
  )
}
