// A date and time in the reader's language and time zone, e.g. "12 Mar 2026, 14:05" or "12 mars 2026, 14:05".
import { useIntl } from '../i18n/intl.tsx'

export function DateTime({ iso }: { iso: string }) {
  const intl = useIntl()
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return <>{iso}</>
  return <time dateTime={iso}>{intl.formatDate(date, { dateStyle: 'medium', timeStyle: 'short' })}</time>
}
