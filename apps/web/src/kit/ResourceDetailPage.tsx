// The detail page of any resource: role gate, the item's read with the list's copy as placeholder (the page opens
// at once, and still shows what the list knew if its own read fails), a header with name, id, state, data age
// and refresh, the resource's actions, and tabs kept in the URL. Tags and Audit trail are shared tabs.
import type { ReactNode } from 'react'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import type { ActionName, Response } from '@osc-console/osc-api'
import { Link, useNavigate, useSearch } from '@tanstack/react-router'
import { StateBadge } from '../ui/StateBadge.tsx'
import { RefreshButton } from '../ui/RefreshButton.tsx'
import { useCan } from '../app/account.ts'
import { useT } from '../i18n/text.ts'
import type { MessageId } from '../i18n/catalog.ts'
import { paths } from '../paths.ts'
import { itemsOf, labelOf, type ResourceDescriptor } from './descriptor.ts'
import { detailQuery, fromLists } from './queries.ts'
import { PageState } from './PageState.tsx'
import { BackLink } from './BackLink.tsx'
import { DataAge } from './DataAge.tsx'
import { TagsEditor } from './TagsEditor.tsx'
import { AuditTrail } from './AuditTrail.tsx'
import type { DetailSearch } from './detail-search.ts'

export interface DetailTab<T> {
  /** In the URL as `?tab=<key>`; the first tab has none. */
  key: string
  label: MessageId
  render: (item: T) => ReactNode
}

/** The shared Tags tab: edit the item's tags, one CreateTags and one DeleteTags. */
export function tagsTab<T extends object>(d: ResourceDescriptor<T>): DetailTab<T> {
  return {
    key: 'tags',
    label: 'kit.tab.tags',
    render: (item) => <TagsEditor resourceId={d.idOf(item)} tags={d.tagsOf(item)} calls={d.tagCalls} />,
  }
}

/** The shared Audit trail tab: who changed this item through the console. */
export function auditTab<T extends object>(d: ResourceDescriptor<T>): DetailTab<T> {
  return {
    key: 'audit',
    label: 'kit.tab.audit',
    render: (item) => <AuditTrail resource={d} id={d.idOf(item)} />,
  }
}

export function ResourceDetailPage<T extends object>({
  resource: d,
  account,
  id,
  tabs,
  notAllowed,
  actions,
}: {
  resource: ResourceDescriptor<T>
  account: string
  id: string
  tabs: readonly DetailTab<T>[]
  notAllowed: MessageId
  /** The item's buttons, under the header; they read `dialog` to open one asked for by the URL. */
  actions?: (item: T, dialog: string | undefined, clearDialog: () => void) => ReactNode
}) {
  const t = useT()
  const { tab: tabKey, dialog } = useSearch({ strict: false }) as DetailSearch
  const navigate = useNavigate()
  const client = useQueryClient()
  const canRead = useCan()(d.read)
  const query = useQuery({
    ...detailQuery(d, account, id),
    enabled: canRead.allowed,
    placeholderData: () => {
      const listed = fromLists(client, d, account, id)
      return listed && ({ [d.listKey]: [listed.item] } as Response<ActionName>)
    },
  })
  // Placeholder data ends when the read fails: the list's copy is shown again, saying so, rather than nothing.
  const listed = query.error && !query.data ? fromLists(client, d, account, id) : undefined
  const item = itemsOf(d, query.data)[0] ?? listed?.item
  const noun = t(d.noun, { count: 1 })
  const back = <BackLink to={paths.section({ account, section: d.section })} label={t(d.title)} />
  const plainTitle = t('kit.detail.title', { noun, id })

  if (!canRead.allowed)
    return (
      <PageState
        kind="not-allowed"
        before={back}
        title={plainTitle}
        what={t(notAllowed)}
        reason={canRead.reason}
      />
    )
  if (query.isPending) return <PageState kind="loading" label={t('kit.detail.loading', { noun })} />
  if (!item) {
    return (
      <div className="p-6">
        {back}
        <h1 className="mt-2 mb-3 text-xl font-semibold">{plainTitle}</h1>
        {query.error ? (
          <PageState kind="error" error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <p role="alert">{t('kit.detail.missing', { noun })}</p>
        )}
      </div>
    )
  }
  const tab = tabs.find((x) => x.key === tabKey) ?? tabs[0]
  const state = d.stateOf(item)
  return (
    <div className="flex flex-col gap-4 p-6">
      <div>
        {back}
        <div className="mt-1 flex flex-wrap items-center gap-3">
          <h1 className="text-xl font-semibold break-all">{labelOf(d, item)}</h1>
          {/* A family keyed by name (load balancers) has no id besides the name in the heading. */}
          {d.idOf(item) !== labelOf(d, item) && (
            <span className="font-mono text-sm muted">{d.idOf(item)}</span>
          )}
          {state && <StateBadge state={state} />}
          <span className="text-xs muted">
            <DataAge data={listed?.list ?? query.data} updatedAt={listed?.updatedAt ?? query.dataUpdatedAt} />
          </span>
          <RefreshButton onRefresh={() => void query.refetch()} refreshing={query.isFetching} />
        </div>
      </div>
      {query.error && (
        <PageState
          kind="stale"
          error={query.error}
          onRetry={() => void query.refetch()}
          title={listed ? t('kit.detail.fromList', { noun }) : undefined}
        />
      )}
      {actions?.(
        item,
        dialog,
        () => void navigate({ to: '.', search: (old) => ({ ...old, dialog: undefined }), replace: true }),
      )}
      <nav
        aria-label={t('kit.detail.sections', { noun })}
        className="flex overflow-x-auto border-b border-slate-200 dark:border-slate-700"
      >
        {tabs.map((x) => (
          <Link
            key={x.key}
            to="."
            search={x === tabs[0] ? {} : { tab: x.key }}
            aria-current={x === tab ? 'page' : undefined}
            className={`-mb-px border-b-2 px-2.5 py-2 text-sm whitespace-nowrap ${
              x === tab
                ? 'border-blue-600 font-medium text-blue-800 dark:text-blue-200'
                : 'border-transparent muted hover:text-slate-900 dark:hover:text-white'
            }`}
          >
            {t(x.label)}
          </Link>
        ))}
      </nav>
      {tab && <section aria-label={t(tab.label)}>{tab.render(item)}</section>}
    </div>
  )
}
