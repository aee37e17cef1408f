import { Suspense, lazy, useState } from 'react'
import { ResourceListPage } from '../../kit/ResourceListPage.tsx'
import { volumeResource } from '../../kit/registry.ts'
import { useAccountId, useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { ActionButton } from '../../ui/ActionButton.tsx'
import { volumeColumns } from './volume-columns.tsx'
import { volumeBulkActions } from './volume-rules.ts'

// The form library comes with the dialog, when someone opens it: reading the list does not need it.
const VolumeCreateDialog = lazy(() =>
  import('./VolumeCreateDialog.tsx').then((m) => ({ default: m.VolumeCreateDialog })),
)

export default function VolumeListPage() {
  const account = useAccountId()
  const can = useCan()
  const t = useT()
  const [creating, setCreating] = useState(false)
  return (
    <ResourceListPage
      resource={volumeResource}
      account={account}
      columns={volumeColumns}
      tableLabel="volumes.table"
      notAllowed="volumes.notAllowed"
      empty={{ title: 'volumes.empty.title', body: 'volumes.empty.body' }}
      bulkActions={volumeBulkActions}
      create={
        <>
          <ActionButton check={can('CreateVolume')} variant="primary" onClick={() => setCreating(true)}>
            {t('volumes.create.title')}
          </ActionButton>
          {creating && (
            <Suspense fallback={null}>
              <VolumeCreateDialog account={account} onClose={() => setCreating(false)} />
            </Suspense>
          )}
        </>
      }
    />
  )
}
