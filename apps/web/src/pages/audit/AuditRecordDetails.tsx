// Everything the audit kept about one record, opened under its row: what was sent (secrets redacted), what
// answered, and as whom.
import type { ReactNode } from 'react'
import type { AuditRecord } from '@osc-console/osc-api'
import { CopyButton } from '../../ui/CopyButton.tsx'
import { formatParams, personLabel } from './audit-format.ts'
import { ResourceId } from '../../kit/ResourceId.tsx'
import { useT } from '../../i18n/text.ts'

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
  const t = useT()
  return (
    <dl className="grid grid-cols-[repeat(auto-fill,minmax(12rem,1fr))] gap-x-6 gap-y-3 text-sm">
      {record.detail && (
        <Item
          term={t(record.result === 'refused' ? 'audit.detail.refusedWhy' : 'audit.detail.errorMessage')}
          wide
        >
          <span className={record.result === 'success' ? '' : 'text-red-800 dark:text-red-200'}>
            {record.detail}
          </span>
        </Item>
      )}
      <Item term={t('audit.detail.timeUtc')}>
        <time dateTime={record.time} className="font-mono text-xs">
          {record.time}
        </time>
      </Item>
      <Item term={t('audit.detail.person')}>
        {personLabel(person) || '—'}
        {person.email && person.email !== personLabel(person) && (
          <span className="block text-xs muted">{person.email}</span>
        )}
      </Item>
      <Item term={t('audit.detail.role')}>{record.role ?? '—'}</Item>
      <Item term={t('audit.detail.region')}>{record.region ?? '—'}</Item>
      <Item term={t('audit.detail.httpStatus')}>{record.httpStatus ?? '—'}</Item>
      <Item term={t('audit.detail.kind')}>{record.kind}</Item>
      <Item term={t('audit.detail.requestId')}>
        {record.requestId ? (
          <span className="flex flex-wrap items-center gap-2">
            <span className="font-mono text-xs">{record.requestId}</span>
            <CopyButton text={record.requestId} label={t('audit.copyRequestId')} />
          </span>
        ) : (
          '—'
        )}
      </Item>
      <Item term={t('audit.detail.recordId')}>
        <span className="font-mono text-xs">{record.id}</span>
      </Item>
      {(record.resourceIds?.length ?? 0) > 0 && (
        <Item term={t('audit.detail.resources', { count: record.resourceIds?.length ?? 0 })} wide>
          <ul className="flex flex-wrap gap-x-3">
            {record.resourceIds?.map((id) => (
              <li key={id}>
                <ResourceId account={account} id={id} />
              </li>
            ))}
          </ul>
        </Item>
      )}
      <Item term={t('audit.detail.params')} wide>
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
