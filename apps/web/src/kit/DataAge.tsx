// "updated 12 s ago" in the reader's language, for a read's data: the time the BFF fetched it, else when the
// browser received it. Its own component, so that the clock ticking every second redraws these words only, not
// the page around them (a list of 10,000 rows).
import { fetchedAtOf, useNow } from '@osc-console/data'
import { useT } from '../i18n/text.ts'

export function DataAge({ data, updatedAt }: { data: unknown; updatedAt: number }) {
  const t = useT()
  const now = useNow()
  const time = fetchedAtOf(data) ?? (updatedAt || undefined)
  if (time === undefined) return <>{t('kit.age.none')}</>
  const seconds = Math.max(0, Math.round((now - time) / 1000))
  if (seconds < 5) return <>{t('kit.age.now')}</>
  if (seconds < 60) return <>{t('kit.age.seconds', { count: seconds })}</>
  const minutes = Math.floor(seconds / 60)
  if (minutes < 60) return <>{t('kit.age.minutes', { count: minutes })}</>
  return <>{t('kit.age.hours', { count: Math.floor(minutes / 60) })}</>
}
