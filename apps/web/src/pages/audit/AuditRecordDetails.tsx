// Everything the audit kept about one record, opened under its row: what was sent (secrets redacted), what
// answered, and as whom.
import type { ReactNode } from 'react'
import type { AuditRecord } from '@osc-console/osc-api'
import { CopyButton } from '../../ui/CopyButton.tsx'
import { formatParams, personLabel } from './audit-format.ts'
import { ResourceId } from './AuditRecordParts.tsx'

function Item({ term, children, wide = false }: { term: string; children: ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? 'col-span-full' : ''}>
      <dt className="text-xs font-medium muted">{term}</dt>
      <dd className="mt-0.5 wrap-anywhere">{children}</dd>
    </div>
  )
}

export function AuditRecordDetails({ record, account }: { record: AuditRecord; account: string }) {
  const params = formatParams(record.paramsDigest)
  const person = record.person
  return (
    <dl className="grid grid-cols-[repeat(auto-fill,minmax(12rem,1fr))] gap-x-6 gap-y-3 text-sm">
      {record.detail && (
        <Item term={record.result === 'refused' ? 'Why it was refused' : 'Error message'} wide>
          <span className={record.result === 'success' ? '' : 'text-red-800 dark:text-red-200'}>
            {record.detail}
          </span>
        </Item>
      )}
      <Item term="Time (UTC)">
        <time dateTime={record.time} className="font-mono text-xs">
          {record.time}
        </time>
      </Item>
      <Item term="Person">
        {personLabel(person) || '—'}
        {person.email && person.email !== personLabel(person) && (
          <span className="block text-xs muted">{person.email}</span>
        )}
      </Item>
      <Item term="Role">{record.role ?? '—'}</Item>
      <Item term="Region">{record.region ?? '—'}</Item>
      <Item term="HTTP status">{record.httpStatus ?? '—'}</Item>
      <Item term="Kind">{record.kind}</Item>
      <Item term="RequestId">
        {record.requestId ? (
          <span className="flex flex-wrap items-center gap-2">
            <span className="font-mono text-xs">{record.requestId}</span>
            <CopyButton text={record.requestId} label="Copy RequestId" />
          </span>
        ) : (
          '—'
        )}
      </Item>
      <Item term="Record id">
        <span className="font-mono text-xs">{record.id}</span>
      </Item>
      {(record.resourceIds?.length ?? 0) > 0 && (
        <Item term={`Resources (${record.resourceIds?.length})`} wide>
          <ul className="flex flex-wrap gap-x-3">
            {record.resourceIds?.map((id) => (
              <li key={id}>
                <ResourceId account={account} id={id} />
              </li>
            ))}
          </ul>
        </Item>
      )}
      <Item term="Parameters (secrets redacted)" wide>
        {params ? (
          <pre className="max-h-64 overflow-auto rounded bg-slate-100 p-2 font-mono text-xs whitespace-pre-wrap wrap-anywhere dark:bg-slate-800">
            {params}
          </pre>
        ) : (
          '—'
        )}
      </Item>
    </dl>
  )
}
