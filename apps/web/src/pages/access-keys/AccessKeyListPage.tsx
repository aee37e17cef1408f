import { lazy, useMemo } from 'react'
import { useQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import type { AccessKey } from '@osc-console/osc-api'
import { ResourceListPage } from '../../kit/ResourceListPage.tsx'
import { CreateButton } from '../../kit/CreateButton.tsx'
import { accessKeyResource as d } from '../../kit/registry.ts'
import { listQuery } from '../../kit/queries.ts'
import { itemsOf } from '../../kit/descriptor.ts'
import { nameColumn } from '../../kit/columns.tsx'
import { createdColumn, idColumn, stateColumn, type ResourceColumn } from '../../table/columns.tsx'
import { useAccountId, useCan, useCurrentAccount } from '../../app/account.ts'
import { text, useT } from '../../i18n/text.ts'
import { DateTime } from '../../ui/DateTime.tsx'
import { paths } from '../../paths.ts'
import { accessKeyBulkActions, hasExpired, isConsoleKey } from './access-key-rules.ts'

const CreateDialog = lazy(() =>
  import('./AccessKeyCreateDialog.tsx').then((m) => ({ default: m.AccessKeyCreateDialog })),
)

export function Expiration({ iso }: { iso: string | undefined }) {
  const t = useT()
  if (!iso) return <span className="muted">{t('keys.neverExpires')}</span>
  // An expired key still shows ACTIVE: OUTSCALE refuses its signatures all the same.
  return hasExpired({ ExpirationDate: iso }, Date.now()) ? (
    <span className="text-red-800 dark:text-red-300">
      <DateTime iso={iso} /> · {t('keys.expired')}
    </span>
  ) : (
    <DateTime iso={iso} />
  )
}

/** The mark on the key the console signs with: deactivating or deleting it cuts the console off. */
export function ConsoleKeyMark({ accessKey }: { accessKey: AccessKey }) {
  const t = useT()
  if (!isConsoleKey(accessKey, useCurrentAccount()?.consoleAccessKeyId)) return null
  return (
    <span
      title={t('keys.consoleKey.hint')}
      className="rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-900 dark:text-amber-100"
    >
      {t('keys.consoleKey')}
    </span>
  )
}

function KeyLink({ accessKey }: { accessKey: AccessKey }) {
  const account = useAccountId()
  return (
    <span className="flex flex-wrap items-center gap-2">
      <Link
        {...paths.resource({ account, section: d.section, id: accessKey.AccessKeyId ?? '' })}
        className="font-mono text-xs text-blue-700 hover:underline dark:text-blue-300"
      >
        {accessKey.AccessKeyId}
      </Link>
      <ConsoleKeyMark accessKey={accessKey} />
    </span>
  )
}

export const accessKeyColumns: ResourceColumn<AccessKey>[] = [
  { ...nameColumn(d), label: text('keys.col.tag') },
  // Most keys have no tag: the id is what a person knows them by, and it opens the key's page.
  {
    ...idColumn<AccessKey>('id', (k) => k.AccessKeyId),
    cell: (k) => <KeyLink accessKey={k} />,
    width: 'w-72',
  },
  stateColumn<AccessKey>((k) => k.State),
  createdColumn<AccessKey>((k) => k.CreationDate),
  {
    id: 'expires',
    label: text('keys.col.expires'),
    value: (k) => k.ExpirationDate ?? '',
    cell: (k) => <Expiration iso={k.ExpirationDate} />,
    width: 'w-40',
  },
  {
    id: 'modified',
    label: text('keys.col.modified'),
    value: (k) => k.LastModificationDate ?? '',
    cell: (k) => (k.LastModificationDate ? <DateTime iso={k.LastModificationDate} /> : null),
    width: 'w-40',
  },
]

export default function AccessKeyListPage() {
  const account = useAccountId()
  const can = useCan()
  const readable = can(d.read).allowed
  const count = itemsOf(d, useQuery({ ...listQuery(d, account), enabled: readable }).data).length
  const consoleKeyId = useCurrentAccount()?.consoleAccessKeyId
  const bulk = useMemo(() => accessKeyBulkActions(count, consoleKeyId), [count, consoleKeyId])
  return (
    <ResourceListPage
      resource={d}
      account={account}
      columns={accessKeyColumns}
      tableLabel="keys.table"
      notAllowed="keys.notAllowed"
      empty={{ title: 'keys.empty.title', body: 'keys.empty.body' }}
      bulkActions={bulk}
      create={
        <CreateButton
          action="CreateAccessKey"
          label="keys.create.title"
          form={CreateDialog}
          account={account}
        />
      }
    />
  )
}
