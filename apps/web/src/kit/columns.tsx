// Columns that every resource list has, from its descriptor: the name linking to the detail page, the id.
import { Link } from '@tanstack/react-router'
import { useAccountId } from '../app/account.ts'
import { useT, text } from '../i18n/text.ts'
import { paths } from '../paths.ts'
import { idColumn, type ResourceColumn } from '../table/columns.tsx'
import type { ResourceDescriptor } from './descriptor.ts'

function NameCell<T extends object>({ resource: d, item }: { resource: ResourceDescriptor<T>; item: T }) {
  const account = useAccountId()
  const t = useT()
  return (
    <Link
      {...paths.resource({ account, section: d.section, id: d.idOf(item) })}
      className="font-medium text-blue-700 hover:underline dark:text-blue-300"
    >
      {d.nameOf(item) || <span className="italic muted">{t('kit.noName')}</span>}
    </Link>
  )
}

export function nameColumn<T extends object>(d: ResourceDescriptor<T>): ResourceColumn<T> {
  return {
    id: 'name',
    label: text('table.col.name'),
    value: d.nameOf,
    cell: (item) => <NameCell resource={d} item={item} />,
    width: 'w-32',
  }
}

export function resourceIdColumn<T extends object>(d: ResourceDescriptor<T>): ResourceColumn<T> {
  return idColumn<T>('id', d.idOf)
}
