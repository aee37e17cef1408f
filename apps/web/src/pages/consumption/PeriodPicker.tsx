// The period of the Consumption page: three quick choices, or two days typed in. A typed period is checked here
// and refused with a message before anything is sent; the page keeps showing the last period meanwhile.
import { useState, type FormEvent } from 'react'
import { periodProblem, presetOf, presets, type Period } from './period.ts'
import { useT, type Text } from '../../i18n/text.ts'

export function PeriodPicker({
  period,
  now,
  onChange,
}: {
  period: Period
  now: number
  onChange: (period: Period) => void
}) {
  const [draft, setDraft] = useState(period)
  const [shown, setShown] = useState(period)
  const [problem, setProblem] = useState<Text>()
  const t = useT()
  // When the URL's period changes (a quick choice, back, a link), the boxes show it again.
  if (shown.from !== period.from || shown.to !== period.to) {
    setShown(period)
    setDraft(period)
    setProblem(undefined)
  }
  const active = presetOf(period, now)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const reason = periodProblem(draft, now)
    setProblem(reason)
    if (!reason) onChange(draft)
  }
  return (
    <div className="flex flex-wrap items-end gap-3">
      <div role="group" aria-label={t('consumption.quickPeriods')} className="flex flex-wrap gap-1">
        {presets.map((p) => (
          <button
            key={p.id}
            type="button"
            className={`btn ${active === p.id ? 'btn-primary' : ''}`}
            aria-pressed={active === p.id}
            onClick={() => onChange(p.period(now))}
          >
            {t(`consumption.preset.${p.id}`)}
          </button>
        ))}
      </div>
      <form
        aria-label={t('consumption.period')}
        noValidate
        onSubmit={submit}
        className="flex flex-wrap items-end gap-2"
      >
        <label className="flex flex-col text-xs font-medium">
          {t('consumption.firstDay')}
          <input
            type="date"
            className="input w-40"
            value={draft.from}
            onChange={(event) => setDraft({ ...draft, from: event.target.value })}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'period-problem' : undefined}
          />
        </label>
        <label className="flex flex-col text-xs font-medium">
          {t('consumption.lastDay')}
          <input
            type="date"
            className="input w-40"
            value={draft.to}
            onChange={(event) => setDraft({ ...draft, to: event.target.value })}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'period-problem' : undefined}
          />
        </label>
        <button type="submit" className="btn">
          {t('consumption.showPeriod')}
        </button>
        {problem && (
          <p id="period-problem" role="alert" className="basis-full text-sm text-red-700 dark:text-red-300">
            {t(problem)}
          </p>
        )}
      </form>
    </div>
  )
}
