import { useState } from 'react'
import { getRouteApi, useNavigate } from '@tanstack/react-router'
import { useQuery } from '@tanstack/react-query'
import type { AccessKey } from '@osc-console/osc-api'
import { ResourceDetailPage, auditTab, type DetailTab } from '../../kit/ResourceDetailPage.tsx'
import { PropertiesTable } from '../../kit/PropertiesTable.tsx'
import { ConfirmDialog } from '../../kit/ConfirmDialog.tsx'
import { listQuery } from '../../kit/queries.ts'
import { itemsOf } from '../../kit/descriptor.ts'
import { accessKeyResource as d } from '../../kit/registry.ts'
import { ActionButton, allOf, reasonText } from '../../ui/ActionButton.tsx'
import { DateTime } from '../../ui/DateTime.tsx'
import { useCan, useCurrentAccount } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { paths } from '../../paths.ts'
import { accessKeyCan, isConsoleKey } from './access-key-rules.ts'
import { ConsoleKeyMark, Expiration } from './AccessKeyListPage.tsx'

const route = getRouteApi('/$account/access-keys/$accessKeyId')

const date = (iso: string | undefined) => iso && <DateTime iso={iso} />

const tabs: DetailTab<AccessKey>[] = [
  {
    key: 'properties',
    label: 'keys.tab.properties',
    render: (k) => (
      <PropertiesTable
        properties={[
          [
            'table.col.id',
            <span className="flex flex-wrap items-center gap-2">
              <span className="font-mono">{k.AccessKeyId}</span>
              <ConsoleKeyMark accessKey={k} />
            </span>,
          ],
          ['table.col.state', k.State],
          ['keys.col.tag', k.Tag],
          ['table.col.created', date(k.CreationDate)],
          ['keys.col.expires', <Expiration iso={k.ExpirationDate} />],
          ['keys.col.modified', date(k.LastModificationDate)],
        ]}
      />
    ),
  },
  auditTab(d),
]

type Open = 'activate' | 'deactivate' | 'delete'

/** What cutting off the console's own key costs, said before the person confirms. */
function ConsoleKeyWarning({ change }: { change: 'deactivated' | 'deleted' }) {
  const t = useT()
  return (
    <p
      role="alert"
      className="mt-3 rounded-md border border-red-300 bg-red-50 p-3 text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-200"
    >
      {t('keys.consoleKey.warning', { change: t(`keys.consoleKey.${change}`) })}
    </p>
  )
}

function KeyActions({ account, accessKey }: { account: string; accessKey: AccessKey }) {
  const t = useT()
  const can = useCan()
  const navigate = useNavigate()
  const count = itemsOf(d, useQuery(listQuery(d, account)).data).length
  const [open, setOpen] = useState<Open>()
  const close = () => setOpen(undefined)
  const id = accessKey.AccessKeyId ?? ''
  const del = accessKeyCan.delete(count)
  const active = accessKey.State === 'ACTIVE'
  const consoleKey = isConsoleKey(accessKey, useCurrentAccount()?.consoleAccessKeyId)
  // The console's own key asks for its id even to be deactivated: the console loses the account either way.
  const cutOff = consoleKey ? { expected: id, label: t('keys.consoleKey.type', { id }) } : undefined
  return (
    <div
      role="group"
      aria-label={t('kit.detail.actions', { noun: t('resources.accessKey', { count: 1 }) })}
      className="flex flex-wrap items-center gap-3"
    >
      {active ? (
        <ActionButton check={can('UpdateAccessKey')} onClick={() => setOpen('deactivate')}>
          {t('keys.deactivate')}
        </ActionButton>
      ) : (
        <ActionButton check={can('UpdateAccessKey')} variant="primary" onClick={() => setOpen('activate')}>
          {t('keys.activate')}
        </ActionButton>
      )}
      <ActionButton
        check={allOf(can('DeleteAccessKey'), del)}
        variant="danger"
        onClick={() => setOpen('delete')}
      >
        {t('keys.delete')}
      </ActionButton>
      {!del.allowed && <p className="text-sm muted">{reasonText(del, t)}</p>}
      {(open === 'activate' || open === 'deactivate') && (
        <ConfirmDialog
          account={account}
          action="UpdateAccessKey"
          params={{ AccessKeyId: id, State: open === 'activate' ? 'ACTIVE' : 'INACTIVE' }}
          title={t(open === 'activate' ? 'keys.activate.title' : 'keys.deactivate.title', { id })}
          confirmLabel={t(open === 'activate' ? 'keys.activate.confirm' : 'keys.deactivate.confirm')}
          success={t(open === 'activate' ? 'keys.activated' : 'keys.deactivated', { id })}
          danger={open === 'deactivate'}
          {...(open === 'deactivate' && cutOff ? { typeToConfirm: cutOff } : {})}
          onClose={close}
        >
          <p>{t(open === 'activate' ? 'keys.activate.body' : 'keys.deactivate.body')}</p>
          {open === 'deactivate' && consoleKey && <ConsoleKeyWarning change="deactivated" />}
        </ConfirmDialog>
      )}
      {open === 'delete' && (
        <ConfirmDialog
          account={account}
          action="DeleteAccessKey"
          params={{ AccessKeyId: id }}
          title={t('keys.delete.title', { id })}
          confirmLabel={t('keys.delete.confirm')}
          success={t('keys.deleted', { id })}
          danger
          typeToConfirm={cutOff ?? { expected: id, label: t('keys.delete.type', { id }) }}
          onClose={close}
          onDone={() => void navigate(paths.section({ account, section: d.section }))}
        >
          <p>{t('keys.delete.body')}</p>
          {consoleKey && <ConsoleKeyWarning change="deleted" />}
        </ConfirmDialog>
      )}
    </div>
  )
}

export default function AccessKeyDetailPage() {
  const { account, accessKeyId } = route.useParams()
  return (
    <ResourceDetailPage
      resource={d}
      account={account}
      id={accessKeyId}
      tabs={tabs}
      notAllowed="keys.notAllowed"
      actions={(k) => <KeyActions account={account} accessKey={k} />}
    />
  )
}
