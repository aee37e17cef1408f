// "Group by": the period's cost by a field of the consumption entries (service, category, type, subregion,
// resource), or by the value of a tag key, which the console joins. The choice lives in the URL.
import { useId, useState, type FormEvent } from 'react'
import { useT } from '../../i18n/text.ts'
import { CONSUMPTION_GROUPS, type ConsumptionGroup } from './search.ts'

/** The key offered first: the demo and most teams tag by team. */
const SUGGESTED_KEY = 'team'

/** What the cost is grouped by: a field of the entries, or a tag key. */
export type GroupChoice = { group: ConsumptionGroup; tag?: undefined } | { tag: string }

/** The groups offered: by account only in an Overall reading, where a tag key is not (see search.ts). */
export const groupsOffered = (overall: boolean): ConsumptionGroup[] =>
  CONSUMPTION_GROUPS.filter((g) => overall || g !== 'account')

export function GroupBy({
  choice,
  onChange,
  overall = false,
}: {
  choice: GroupChoice
  onChange: (choice: GroupChoice) => void
  overall?: boolean
}) {
  const t = useT()
  const selectId = useId()
  const tag = choice.tag
  const [draft, setDraft] = useState(tag ?? SUGGESTED_KEY)
  const [shown, setShown] = useState(tag)
  const [byTag, setByTag] = useState(tag !== undefined)
  // When the URL's key changes (back, a link), the form shows it again.
  if (shown !== tag) {
    setShown(tag)
    setByTag(tag !== undefined)
    if (tag) setDraft(tag)
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const key = draft.trim()
    if (key) onChange({ tag: key })
  }
  const selected = byTag ? 'tag' : choice.tag === undefined ? choice.group : 'service'
  return (
    <form
      aria-label={t('consumption.groupBy')}
      onSubmit={submit}
      className="flex flex-wrap items-end gap-2"
      noValidate
    >
      <label htmlFor={selectId} className="flex flex-col text-xs font-medium">
        {t('consumption.groupBy')}
        <select
          id={selectId}
          className="input w-40"
          value={selected}
          onChange={(event) => {
            const value = event.target.value
            const group = CONSUMPTION_GROUPS.find((g) => g === value)
            setByTag(group === undefined)
            if (group) onChange({ group })
            else if (draft.trim()) onChange({ tag: draft.trim() })
          }}
        >
          {groupsOffered(overall).map((group) => (
            <option key={group} value={group}>
              {t(`consumption.groupBy.${group}` as const)}
            </option>
          ))}
          {!overall && <option value="tag">{t('consumption.groupBy.tag')}</option>}
        </select>
      </label>
      {byTag && (
        <>
          <label className="flex flex-col text-xs font-medium">
            {t('consumption.tagKey')}
            <input
              className="input w-40"
              value={draft}
              maxLength={255}
              onChange={(event) => setDraft(event.target.value)}
            />
          </label>
          <button type="submit" className="btn" disabled={!draft.trim()}>
            {t('consumption.groupBy.apply')}
          </button>
        </>
      )}
    </form>
  )
}
