// Money and days in the reader's language, through the browser's Intl (i18n/intl.tsx).
import { useCallback } from 'react'
import { useIntl } from '../i18n/intl.tsx'

/** An amount in `currency` ("€1,234.50", "1 234,50 €"); without a currency, the plain number. */
export function useMoney(currency: string | undefined): (value: number) => string {
  const intl = useIntl()
  return useCallback(
    (value: number) => {
      const digits = { minimumFractionDigits: 2, maximumFractionDigits: 2 }
      if (!currency) return intl.formatNumber(value, digits)
      try {
        return new Intl.NumberFormat(intl.locale, { style: 'currency', currency, ...digits }).format(value)
      } catch {
        // A code the browser does not know is still shown, after the amount.
        return `${intl.formatNumber(value, digits)} ${currency}`
      }
    },
    [intl, currency],
  )
}

/** A UTC day (YYYY-MM-DD) as the reader writes it: "3 Jun" or, in full, "Tuesday 3 June 2025". */
export function useDayFormat(): { short: (day: string) => string; full: (day: string) => string } {
  const intl = useIntl()
  return {
    short: (day) => intl.formatDate(`${day}T00:00:00Z`, { day: 'numeric', month: 'short', timeZone: 'UTC' }),
    full: (day) => intl.formatDate(`${day}T00:00:00Z`, { dateStyle: 'full', timeZone: 'UTC' }),
  }
}

/** A month (YYYY-MM-DD, its first day) as the reader writes it: "Jun 2025" or, in full, "June 2025". */
export function useMonthFormat(): { short: (month: string) => string; full: (month: string) => string } {
  const intl = useIntl()
  const at = (month: string) => `${month.slice(0, 7)}-01T00:00:00Z`
  return {
    short: (month) => intl.formatDate(at(month), { month: 'short', year: 'numeric', timeZone: 'UTC' }),
    full: (month) => intl.formatDate(at(month), { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  }
}
