// The audit log's filters. The BFF matches a person, an action and a resource id exactly, so a text filter is
// applied when the person is done with it (Enter, Apply, or leaving the field) rather than on every keystroke,
// which would flash "no record matches" while a name is half typed.
import { useId, useState, type FormEvent } from 'react'
import type { AuditResult } from '@osc-console/osc-api'
import { auditResults, hasAuditFilters, noAuditFilters, type AuditSearch } from './search.ts'
import { useT } from '../../i18n/text.ts'
import { isoToLocalInput, localInputToIso } from '../../lib/local-time.ts'

interface Draft {
  person: string
  action: string
  resourceId: string
  from: string
  to: string
}

const draftOf = (search: AuditSearch): Draft => ({
  person: search.person ?? '',
  action: search.action ?? '',
  resourceId: search.resourceId ?? '',
  from: isoToLocalInput(search.from),
  to: isoToLocalInput(search.to),
})

const searchOf = (draft: Draft): Partial<AuditSearch> => ({
  person: draft.person.trim() || undefined,
  action: draft.action.trim() || undefined,
  resourceId: draft.resourceId.trim() || undefined,
  from: localInputToIso(draft.from),
  to: localInputToIso(draft.to),
})

export function AuditFilters({
  search,
  onChange,
  people,
  actions,
  apiLog = false,
}: {
  search: AuditSearch
  onChange: (changes: Partial<AuditSearch>) => void
  /** Names and emails to suggest for the person filter. */
  people: string[]
  /** Action names to suggest for the action filter. */
  actions: string[]
  /** OUTSCALE's API log: it filters by call and time only (it knows no person, resource or console result). */
  apiLog?: boolean
}) {
  const ids = useId()
  const t = useT()
  const [draft, setDraft] = useState(() => draftOf(search))
  // The URL is the truth: when it changes (Back, a link, Clear filters), the fields follow it.
  const [shown, setShown] = useState(search)
  if (shown !== search) {
    setShown(search)
    setDraft(draftOf(search))
  }
  const edit = (key: keyof Draft) => (event: { target: { value: string } }) =>
    setDraft((old) => ({ ...old, [key]: event.target.value }))
  const apply = () => {
    const next = searchOf(draft)
    const changed = (Object.keys(next) as (keyof typeof next)[]).some((key) => next[key] !== search[key])
    if (changed) onChange(next)
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    apply()
  }
  const field = 'flex flex-col gap-1 text-xs font-medium text-slate-700 dark:text-slate-300'

  return (
    <form
      role="search"
      aria-label={t('audit.filters')}
      onSubmit={submit}
      className="flex flex-wrap items-end gap-2"
    >
      {!apiLog && (
        <label className={field}>
          {t('audit.filter.person')}
          <input
            className="input w-40"
            list={`${ids}-people`}
            placeholder={t('audit.filter.personPlaceholder')}
            value={draft.person}
            onChange={edit('person')}
            onBlur={apply}
          />
        </label>
      )}
      <datalist id={`${ids}-people`}>
        {people.map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>
      <label className={field}>
        {t('audit.filter.action')}
        <input
          className="input w-36"
          list={`${ids}-actions`}
          placeholder="StopVms"
          value={draft.action}
          onChange={edit('action')}
          onBlur={apply}
        />
      </label>
      <datalist id={`${ids}-actions`}>
        {actions.map((a) => (
          <option key={a} value={a} />
        ))}
      </datalist>
      {!apiLog && (
        <>
          <label className={field}>
            {t('audit.filter.resourceId')}
            <input
              className="input w-32 font-mono"
              placeholder="i-…"
              spellCheck={false}
              value={draft.resourceId}
              onChange={edit('resourceId')}
              onBlur={apply}
            />
          </label>
          <label className={field}>
            {t('audit.filter.result')}
            <select
              className="input w-32"
              value={search.result ?? ''}
              onChange={(event) =>
                onChange({
                  ...searchOf(draft),
                  result: (event.target.value || undefined) as AuditResult | undefined,
                })
              }
            >
              <option value="">{t('audit.filter.anyResult')}</option>
              {auditResults.map((r) => (
                <option key={r} value={r}>
                  {t(`audit.result.${r}`)}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
      <fieldset className="flex flex-wrap gap-2">
        <legend className="sr-only">{t('audit.filter.timeRange')}</legend>
        <label className={field}>
          {t('audit.filter.from')}
          <input
            type="datetime-local"
            className="input w-48 max-sm:w-40"
            value={draft.from}
            onChange={edit('from')}
            onBlur={apply}
          />
        </label>
        <label className={field}>
          {t('audit.filter.to')}
          <input
            type="datetime-local"
            className="input w-48 max-sm:w-40"
            value={draft.to}
            onChange={edit('to')}
            onBlur={apply}
          />
        </label>
      </fieldset>
      <button type="submit" className="btn">
        {t('audit.filter.apply')}
      </button>
      {hasAuditFilters(search) && (
        <button type="button" className="btn" onClick={() => onChange(noAuditFilters)}>
          {t('audit.clearFilters')}
        </button>
      )}
    </form>
  )
}
