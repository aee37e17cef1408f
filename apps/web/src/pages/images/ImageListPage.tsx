import { ResourceListPage } from '../../kit/ResourceListPage.tsx'
import { imageResource } from '../../kit/registry.ts'
import { useAccountId } from '../../app/account.ts'
import { imageColumns } from './image-columns.tsx'
import { imageBulkActions } from './image-rules.ts'

// Images are made from a VM (its storage tab) or copied from another image (its page); the list has no create.
export default function ImageListPage() {
  const account = useAccountId()
  return (
    <ResourceListPage
      resource={imageResource}
      account={account}
      columns={imageColumns}
      tableLabel="images.table"
      notAllowed="images.notAllowed"
      empty={{ title: 'images.empty.title', body: 'images.empty.body' }}
      bulkActions={imageBulkActions}
    />
  )
}
