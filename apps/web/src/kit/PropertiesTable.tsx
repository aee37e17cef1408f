// A resource's properties as a definition list: label, value; an absent value shows as a dash, not as a gap.
import type { ReactNode } from 'react'
import { useT } from '../i18n/text.ts'
import type { MessageId } from '../i18n/catalog.ts'

export type Property = readonly [label: MessageId, value: ReactNode]

export function PropertiesTable({ properties }: { properties: readonly Property[] }) {
  const t = useT()
  return (
    <dl className="card grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 p-4 text-sm">
      {properties.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="muted">{t(label)}</dt>
          <dd className="min-w-0 break-all">{value === undefined || value === '' ? '—' : value}</dd>
        </div>
      ))}
    </dl>
  )
}
