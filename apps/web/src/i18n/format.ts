// Numbers, money, dates, relative times and durations in the reader's locale, through the browser's Intl (intl.tsx),
// never `toLocaleString()` with the browser's or a fixed locale. Pure functions over an IntlShape, so they can be
// tested without React, and `useFormatters()` for components.
import { useMemo } from 'react'
import { useIntl, type FormatNumberOptions, type IntlShape } from './intl.tsx'
import { useAgeOfData, type DataAge } from '@osc-console/data'

export interface Formatters {
  number(value: number, options?: FormatNumberOptions): string
  /** An amount in the catalogue's currency; unit prices pass `digits` 4, as they go below a cent. */
  money(value: number | undefined, currency: string | undefined, digits?: number): string
  /** A day and a time to the minute: "4 Mar 2025, 09:05" / "4 mars 2025, 09:05". */
  dateTime(iso: string): string
  /** A day alone: "4 Mar 2025" / "4 mars 2025". */
  date(iso: string): string
  /** A time to the second: "09:05:12". */
  time(iso: string): string
  /** "updated 30s ago" / "mis à jour il y a 30 s". */
  age(age: DataAge): string
  /** "85 ms", "2.4 s" / "2,4 s", "2 min 5 s": how long a call took. */
  duration(ms: number | undefined): string
}

const validDate = (iso: string): Date | undefined => {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? undefined : date
}

export function formatters(intl: IntlShape): Formatters {
  const number = (value: number, options?: FormatNumberOptions) => intl.formatNumber(value, options)
  return {
    number,
    money(value, currency, digits = 2) {
      if (value === undefined) return intl.formatMessage({ id: 'format.notAvailable' })
      const amount = { minimumFractionDigits: 2, maximumFractionDigits: digits }
      if (!currency) return number(value, amount)
      // An unknown currency would be reported as an error and shown as a bare number; checking with Intl
      // first keeps the amount in the reader's format, with the code after it.
      try {
        new Intl.NumberFormat(intl.locale, { style: 'currency', currency })
      } catch {
        return `${number(value, amount)} ${currency}`
      }
      return number(value, { style: 'currency', currency, ...amount })
    },
    dateTime(iso) {
      const date = validDate(iso)
      return date ? intl.formatDate(date, { dateStyle: 'medium', timeStyle: 'short' }) : iso
    },
    date(iso) {
      const date = validDate(iso)
      return date ? intl.formatDate(date, { dateStyle: 'medium' }) : iso
    },
    time(iso) {
      const date = validDate(iso)
      return date ? intl.formatTime(date, { timeStyle: 'medium' }) : ''
    },
    age(age) {
      if (age.kind === 'unknown') return intl.formatMessage({ id: 'format.age.unknown' })
      if (age.kind === 'just-now') return intl.formatMessage({ id: 'format.age.justNow' })
      const ago = intl.formatRelativeTime(-age.value, age.unit, { style: 'short', numeric: 'always' })
      return intl.formatMessage({ id: 'format.age.ago' }, { ago })
    },
    duration(ms) {
      if (ms === undefined) return ''
      if (ms < 1_000) return intl.formatMessage({ id: 'format.duration.ms' }, { ms: number(Math.round(ms)) })
      if (ms < 60_000)
        return intl.formatMessage(
          { id: 'format.duration.s' },
          { s: number(ms / 1_000, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) },
        )
      return intl.formatMessage(
        { id: 'format.duration.min' },
        { min: number(Math.floor(ms / 60_000)), s: number(Math.round((ms % 60_000) / 1_000)) },
      )
    },
  }
}

export function useFormatters(): Formatters {
  const intl = useIntl()
  return useMemo(() => formatters(intl), [intl])
}

/** "updated 12s ago" for a query's data, in the reader's language; ticks every second. */
export function useDataAgeText(data: unknown, dataUpdatedAt: number): string {
  const age = useAgeOfData(data, dataUpdatedAt)
  return useFormatters().age(age)
}
