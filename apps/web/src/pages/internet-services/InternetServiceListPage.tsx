import { lazy } from 'react'
import type { InternetService } from '@osc-console/osc-api'
import { ResourceListPage } from '../../kit/ResourceListPage.tsx'
import { CreateButton } from '../../kit/CreateButton.tsx'
import { internetServiceResource as d } from '../../kit/registry.ts'
import { nameColumn, resourceIdColumn } from '../../kit/columns.tsx'
import { ResourceId } from '../../kit/ResourceId.tsx'
import { tagsColumn, type ResourceColumn } from '../../table/columns.tsx'
import { useAccountId } from '../../app/account.ts'
import { text, useT } from '../../i18n/text.ts'
import { igwBulkActions } from './igw-rules.ts'

const CreateDialog = lazy(() =>
  import('./InternetServiceCreateDialog.tsx').then((m) => ({ default: m.InternetServiceCreateDialog })),
)

function NetCell({ id }: { id: string | undefined }) {
  const t = useT()
  const account = useAccountId()
  return id ? <ResourceId account={account} id={id} /> : <span className="muted">{t('igw.notLinked')}</span>
}

export const igwColumns: ResourceColumn<InternetService>[] = [
  nameColumn(d),
  resourceIdColumn(d),
  {
    id: 'net',
    label: text('igw.col.net'),
    value: (igw) => igw.NetId ?? '',
    cell: (igw) => <NetCell id={igw.NetId} />,
    width: 'w-36',
  },
  { ...tagsColumn<InternetService>((igw) => igw.Tags), defaultHidden: true },
]

export default function InternetServiceListPage() {
  const account = useAccountId()
  return (
    <ResourceListPage
      resource={d}
      account={account}
      columns={igwColumns}
      tableLabel="igw.table"
      notAllowed="igw.notAllowed"
      empty={{ title: 'igw.empty.title', body: 'igw.empty.body' }}
      bulkActions={igwBulkActions}
      create={
        <CreateButton
          action="CreateInternetService"
          label="igw.create.title"
          form={CreateDialog}
          account={account}
        />
      }
    />
  )
}
