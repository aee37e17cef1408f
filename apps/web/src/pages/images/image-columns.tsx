// The images list's columns: whose image it is, what it boots, and who else may launch it.
import type { Image } from '@osc-console/osc-api'
import { nameColumn, resourceIdColumn } from '../../kit/columns.tsx'
import { imageResource } from '../../kit/registry.ts'
import { createdColumn, stateColumn, tagsColumn, type ResourceColumn } from '../../table/columns.tsx'
import { text, useT } from '../../i18n/text.ts'

function SharedCell({ image }: { image: Image }) {
  const t = useT()
  const perms = image.PermissionsToLaunch
  if (perms?.GlobalPermission) return <>{t('images.shared.public')}</>
  const count = perms?.AccountIds?.length ?? 0
  return <>{count === 0 ? t('images.shared.no') : t('images.shared.accounts', { count })}</>
}

export const ownerText = (image: Image) => image.AccountAlias || image.AccountId || ''

export const imageColumns: ResourceColumn<Image>[] = [
  nameColumn(imageResource),
  resourceIdColumn(imageResource),
  stateColumn((i) => i.State),
  { id: 'owner', label: text('images.col.owner'), value: ownerText, width: 'w-32' },
  {
    id: 'description',
    label: text('images.col.description'),
    value: (i) => i.Description,
    cell: (i) => <span title={i.Description}>{i.Description}</span>,
    width: 'w-56',
  },
  { id: 'architecture', label: text('images.col.architecture'), value: (i) => i.Architecture, width: 'w-24' },
  {
    id: 'shared',
    label: text('images.col.shared'),
    value: (i) =>
      i.PermissionsToLaunch?.GlobalPermission
        ? 'public'
        : (i.PermissionsToLaunch?.AccountIds ?? []).join(' '),
    cell: (i) => <SharedCell image={i} />,
    width: 'w-28',
  },
  createdColumn<Image>((i) => i.CreationDate),
  { ...tagsColumn<Image>((i) => i.Tags), defaultHidden: true },
]
