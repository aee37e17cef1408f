// What the page looks for: resources created since a moment (an hour ago unless chosen), or carrying a tag. Applied
// on Enter or with the button, not on each keystroke, so a half-typed tag does not empty the list.
import { useState, type FormEvent } from 'react'
import { useT } from '../../i18n/text.ts'
import type { Criterion } from './families.ts'
import { isoToLocalInput, localInputToIso } from '../../lib/local-time.ts'
import type { CleanupSearch } from './search.ts'

export function CleanupCriteria({
  criterion,
  onChange,
}: {
  criterion: Criterion
  onChange: (changes: Partial<CleanupSearch>) => void
}) {
  const t = useT()
  const byTag = 'tagKey' in criterion
  const [mode, setMode] = useState<'since' | 'tag'>(byTag ? 'tag' : 'since')
  const [since, setSince] = useState(byTag ? '' : isoToLocalInput(criterion.since, true))
  const [tagKey, setTagKey] = useState(byTag ? criterion.tagKey : '')
  const [tagValue, setTagValue] = useState(byTag ? criterion.tagValue : '')
  const apply = (event: FormEvent) => {
    event.preventDefault()
    if (mode === 'tag' && tagKey.trim())
      onChange({ tagKey: tagKey.trim(), tagValue: tagValue.trim() || undefined, since: undefined })
    else if (mode === 'since')
      onChange({ since: localInputToIso(since), tagKey: undefined, tagValue: undefined })
  }
  return (
    <form onSubmit={apply} className="card flex flex-wrap items-end gap-4 p-4">
      <fieldset className="flex flex-col gap-1 text-sm">
        <legend className="mb-1 font-medium">{t('cleanup.find')}</legend>
        <label className="flex items-center gap-2">
          <input type="radio" name="by" checked={mode === 'since'} onChange={() => setMode('since')} />
          {t('cleanup.bySince')}
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="by" checked={mode === 'tag'} onChange={() => setMode('tag')} />
          {t('cleanup.byTag')}
        </label>
      </fieldset>
      {mode === 'since' ? (
        <label className="flex flex-col gap-1 text-sm">
          {t('cleanup.since')}
          <input
            type="datetime-local"
            step={1}
            className="input w-64"
            value={since}
            onChange={(e) => setSince(e.target.value)}
          />
        </label>
      ) : (
        <>
          <label className="flex flex-col gap-1 text-sm">
            {t('cleanup.tagKey')}
            <input className="input w-40" value={tagKey} onChange={(e) => setTagKey(e.target.value)} />
          </label>
          <label className="flex flex-col gap-1 text-sm">
            {t('cleanup.tagValue')}
            <input className="input w-40" value={tagValue} onChange={(e) => setTagValue(e.target.value)} />
          </label>
        </>
      )}
      <button type="submit" className="btn">
        {t('cleanup.apply')}
      </button>
    </form>
  )
}
