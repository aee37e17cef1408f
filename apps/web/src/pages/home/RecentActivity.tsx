// The latest changes to the account from the console's audit log: who did what, to what, when, and how it ended.
import { useQuery } from '@tanstack/react-query'
import { useIntl } from '../../i18n/intl.tsx'
import { auditQuery, type AuditRecord } from '@osc-console/data'
import { useT } from '../../i18n/text.ts'
import { personLabel } from '../audit/audit-format.ts'
import { ResourceId } from '../../kit/ResourceId.tsx'
import { Section, Loaded, SectionLink, readState } from '../../kit/Section.tsx'

/** The home shows the last few; the audit log has them all. */
export const ACTIVITY_SHOWN = 8

const resultTint: Record<string, string> = {
  success: 'text-emerald-800 dark:text-emerald-300',
  failure: 'text-red-700 dark:text-red-300',
  refused: 'text-amber-800 dark:text-amber-300',
}

function ActivityLine({ account, record }: { account: string; record: AuditRecord }) {
  const t = useT()
  const intl = useIntl()
  const resource = record.resourceIds?.[0]
  return (
    <li className="flex flex-wrap items-baseline gap-x-2 border-b border-slate-100 py-1.5 text-sm last:border-0 dark:border-slate-800">
      <time dateTime={record.time} className="w-36 shrink-0 text-xs tabular-nums muted">
        {intl.formatDate(record.time, { dateStyle: 'medium', timeStyle: 'short' })}
      </time>
      <span className="min-w-0">
        {t('home.activity.line', {
          person: personLabel(record.person) || t('home.activity.someone'),
          action: record.action ?? record.kind,
        })}
      </span>
      {resource && <ResourceId account={account} id={resource} />}
      <span className={`text-xs ${resultTint[record.result] ?? 'muted'}`}>
        {t('home.activity.result', { result: record.result })}
      </span>
    </li>
  )
}

export function RecentActivity({ account }: { account: string }) {
  const t = useT()
  const query = useQuery(auditQuery({ account, limit: ACTIVITY_SHOWN }))
  const title = t('home.activity')
  const records = query.data?.records ?? []
  return (
    <Section
      title={title}
      action={
        <SectionLink account={account} section="audit">
          {t('home.activity.openLog')}
        </SectionLink>
      }
    >
      <Loaded what={title} {...readState(query)}>
        {() =>
          records.length === 0 ? (
            <p className="text-sm muted">{t('home.activity.none')}</p>
          ) : (
            <ul>
              {records.map((record) => (
                <ActivityLine key={record.id} account={account} record={record} />
              ))}
            </ul>
          )
        }
      </Loaded>
    </Section>
  )
}
