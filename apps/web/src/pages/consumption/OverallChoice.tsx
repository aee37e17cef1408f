// "Accounts": this account's own consumption, or Overall — a paying account with every account linked to it. Offered
// only to the roles that may read Overall (see @osc-console/osc-api's overall.ts); the choice lives in the URL.
import { useId } from 'react'
import { useT } from '../../i18n/text.ts'

export function OverallChoice({
  overall,
  onChange,
}: {
  overall: boolean
  onChange: (overall: boolean) => void
}) {
  const t = useT()
  const id = useId()
  return (
    <label htmlFor={id} className="flex flex-col text-xs font-medium">
      {t('consumption.scope')}
      <select
        id={id}
        className="input w-56"
        value={overall ? 'overall' : 'own'}
        onChange={(event) => onChange(event.target.value === 'overall')}
      >
        <option value="own">{t('consumption.scope.own')}</option>
        <option value="overall">{t('consumption.scope.overall')}</option>
      </select>
    </label>
  )
}
