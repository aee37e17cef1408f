// The resources found, one section per family in the order they will be deleted, each with its checkbox (all
// selected unless the person unticks one). What the role may not delete is shown unticked, with the reason.
import { PlainTable } from '../../kit/PlainTable.tsx'
import { Loaded, Section } from '../../kit/Section.tsx'
import { DateTime } from '../../ui/DateTime.tsx'
import { useT } from '../../i18n/text.ts'
import type { CleanupGroup } from './candidates.ts'
import type { CleanupEntry } from './families.ts'

export const entryKey = (entry: CleanupEntry) => `${entry.family}:${entry.id}`

export function CleanupGroups({
  groups,
  unticked,
  onToggle,
}: {
  groups: CleanupGroup[]
  /** The entries the person unticked; every other one they may delete is selected. */
  unticked: ReadonlySet<string>
  onToggle: (key: string) => void
}) {
  const t = useT()
  const shown = groups.filter((g) => g.entries.length > 0 || g.error || g.loading || !g.read.allowed)
  const steps = [...new Set(shown.map((g) => g.family.stage))]
  return (
    <div className="flex flex-col gap-3">
      {shown.map((group) => {
        const label = t(group.family.label)
        return (
          <Section
            key={group.family.key}
            title={t('cleanup.step', { step: steps.indexOf(group.family.stage) + 1, family: label })}
          >
            {!group.read.allowed ? (
              <p className="text-sm muted">{t('cleanup.notReadable', { reason: group.read.reason })}</p>
            ) : (
              <Loaded
                error={group.error}
                loading={group.loading}
                onRetry={group.refetch}
                what={label}
                lines={1}
              >
                {() => (
                  <PlainTable
                    label={label}
                    framed={false}
                    columns={[
                      t('cleanup.col.delete'),
                      t('cleanup.col.name'),
                      t('cleanup.col.id'),
                      t('cleanup.col.created'),
                    ]}
                  >
                    {group.entries.map((entry) => {
                      const key = entryKey(entry)
                      return (
                        <tr key={key}>
                          <td>
                            <input
                              type="checkbox"
                              aria-label={t('cleanup.select', { name: entry.name || entry.id })}
                              checked={group.remove.allowed && !unticked.has(key)}
                              disabled={!group.remove.allowed}
                              title={group.remove.allowed ? undefined : group.remove.reason}
                              onChange={() => onToggle(key)}
                            />
                          </td>
                          <td>{entry.name || t('kit.noName')}</td>
                          <td className="font-mono text-xs">{entry.id}</td>
                          <td>
                            {entry.created ? (
                              <DateTime iso={entry.created} />
                            ) : (
                              <span className="muted">{t('cleanup.noCreationDate')}</span>
                            )}
                          </td>
                        </tr>
                      )
                    })}
                  </PlainTable>
                )}
              </Loaded>
            )}
            {group.read.allowed && !group.remove.allowed && group.entries.length > 0 && (
              <p className="text-sm muted">{t('cleanup.notDeletable', { reason: group.remove.reason })}</p>
            )}
          </Section>
        )
      })}
    </div>
  )
}
