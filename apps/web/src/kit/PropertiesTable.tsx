// A resource's properties as a definition list: label, value; an absent value shows as a dash, not as a gap. In a
// narrow window each value goes under its label, so a long label (in French especially) leaves the value room.
import type { ReactNode } from 'react'
import { useT } from '../i18n/text.ts'
import type { MessageId } from '../i18n/catalog.ts'

export type Property = readonly [label: MessageId, value: ReactNode]

export function PropertiesTable({ properties }: { properties: readonly Property[] }) {
  const t = useT()
  return (
    <dl className="card grid grid-cols-1 gap-x-6 gap-y-1 p-4 text-sm sm:grid-cols-[max-content_1fr] sm:gap-y-2">
      {properties.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="muted">{t(label)}</dt>
          <dd className="mb-1 min-w-0 break-all sm:mb-0">
            {value === undefined || value === '' ? '—' : value}
          </dd>
        </div>
      ))}
    </dl>
  )
}
