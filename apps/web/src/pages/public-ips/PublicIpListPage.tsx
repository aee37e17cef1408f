import { Suspense, lazy, useState } from 'react'
import { ResourceListPage } from '../../kit/ResourceListPage.tsx'
import { publicIpResource } from '../../kit/registry.ts'
import { useAccountId, useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { ActionButton } from '../../ui/ActionButton.tsx'
import { publicIpColumns } from './public-ip-columns.tsx'
import { publicIpBulkActions } from './public-ip-rules.ts'

// The form library comes with the dialog, when someone opens it.
const AllocateDialog = lazy(() =>
  import('./PublicIpAllocateDialog.tsx').then((m) => ({ default: m.PublicIpAllocateDialog })),
)

export default function PublicIpListPage() {
  const account = useAccountId()
  const can = useCan()
  const t = useT()
  const [allocating, setAllocating] = useState(false)
  return (
    <ResourceListPage
      resource={publicIpResource}
      account={account}
      columns={publicIpColumns}
      tableLabel="publicIps.table"
      notAllowed="publicIps.notAllowed"
      empty={{ title: 'publicIps.empty.title', body: 'publicIps.empty.body' }}
      bulkActions={publicIpBulkActions}
      create={
        <>
          <ActionButton check={can('CreatePublicIp')} variant="primary" onClick={() => setAllocating(true)}>
            {t('publicIps.allocate.title')}
          </ActionButton>
          {allocating && (
            <Suspense fallback={null}>
              <AllocateDialog account={account} onClose={() => setAllocating(false)} />
            </Suspense>
          )}
        </>
      }
    />
  )
}
