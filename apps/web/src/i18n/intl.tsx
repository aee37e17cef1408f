// The reader's language for components: messages (message-format.ts), numbers and dates through the browser's Intl,
// made once per locale and options. `useIntl()` gives them; `<FormattedMessage>` draws a message whose values or tags
// are elements. A message id that is not loaded is drawn as itself and reported (I18nProvider logs it).
import { Fragment, createContext, isValidElement, useContext, type ReactNode } from 'react'
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import type { MessageId } from './catalog.ts'
import { formatParsed } from './message-format.ts'

/** Message ids and their parsed messages, as the build ships them (precompile-messages.ts). */
export type ParsedMessages = Readonly<Record<string, MessageFormatElement[]>>

export interface IntlConfig {
  locale: string
  messages: ParsedMessages
  /** Told of a missing message or one that could not be formatted; the id is shown instead. */
  onError: (error: Error) => void
}

export type FormatNumberOptions = Intl.NumberFormatOptions

/** What a message drawn as elements takes: text, numbers, elements, and for each tag a function of its parts. */
export type RichValues = Record<string, ReactNode | Date | ((parts: ReactNode[]) => ReactNode)>

export interface IntlShape {
  locale: string
  formatMessage(descriptor: { id: MessageId }, values?: Record<string, string | number | Date>): string
  formatMessage(descriptor: { id: MessageId }, values?: RichValues): string | ReactNode[]
  formatNumber(value: number, options?: FormatNumberOptions): string
  /** A date, or a time (the hour and minute unless the options say otherwise). */
  formatDate(value: Date | string | number, options?: Intl.DateTimeFormatOptions): string
  formatTime(value: Date | string | number, options?: Intl.DateTimeFormatOptions): string
  formatRelativeTime(
    value: number,
    unit: Intl.RelativeTimeFormatUnit,
    options?: Intl.RelativeTimeFormatOptions,
  ): string
}

/** Parts of a message side by side as React children: each element gets its place as its key. */
const keyed = (parts: unknown[]): ReactNode[] =>
  parts.map((part, index) =>
    isValidElement(part) ? <Fragment key={index}>{part}</Fragment> : (part as ReactNode),
  )

export function createIntl({ locale, messages, onError }: IntlConfig): IntlShape {
  const formats = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.NumberFormat>()
  function made<F extends Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.NumberFormat>(
    kind: string,
    options: object | undefined,
    make: () => F,
  ): F {
    const key = kind + JSON.stringify(options)
    let format = formats.get(key) as F | undefined
    if (!format) formats.set(key, (format = make()))
    return format
  }
  const dateTime = (options: Intl.DateTimeFormatOptions | undefined) =>
    made('d', options, () => new Intl.DateTimeFormat(locale, options))
  const asDate = (value: Date | string | number) => (typeof value === 'string' ? new Date(value || 0) : value)
  /** A value Intl refuses (an invalid date, an unknown currency) is reported and shown as it is. */
  const safely = (fallback: string, format: () => string) => {
    try {
      return format()
    } catch (error) {
      onError(new Error(`Error formatting ${fallback} for locale "${locale}": ${String(error)}`))
      return fallback
    }
  }
  return {
    locale,
    formatMessage({ id }: { id: MessageId }, values?: RichValues) {
      const message = Object.hasOwn(messages, id) ? messages[id] : undefined
      if (!message) {
        onError(new Error(`Missing message: "${id}" for locale "${locale}", using id as fallback.`))
        return id
      }
      // A tag's parts are children side by side too: key them before the tag's function wraps them.
      const keyedValues =
        values &&
        Object.fromEntries(
          Object.entries(values).map(([name, value]) => [
            name,
            typeof value === 'function' ? (parts: ReactNode[]) => value(keyed(parts)) : value,
          ]),
        )
      try {
        const formatted = formatParsed(message, locale, keyedValues)
        return typeof formatted === 'string' ? formatted : keyed(formatted)
      } catch (error) {
        onError(new Error(`Error formatting message: "${id}" for locale "${locale}": ${String(error)}`))
        return id
      }
    },
    formatNumber: (value, options) =>
      safely(String(value), () =>
        made('n', options, () => new Intl.NumberFormat(locale, options)).format(value),
      ),
    formatDate: (value, options) =>
      safely(String(asDate(value)), () => dateTime(options).format(asDate(value))),
    formatTime: (value, options) =>
      safely(String(asDate(value)), () =>
        dateTime(
          options?.hour || options?.minute || options?.second || options?.timeStyle || options?.dateStyle
            ? options
            : { ...options, hour: 'numeric', minute: 'numeric' },
        ).format(asDate(value)),
      ),
    formatRelativeTime: (value, unit, options) =>
      safely(String(value), () =>
        made('r', options, () => new Intl.RelativeTimeFormat(locale, options)).format(value, unit),
      ),
  } as IntlShape
}

const IntlContext = createContext<IntlShape | undefined>(undefined)

/** Gives the components below it this language and its messages. */
export function IntlProvider({ value, children }: { value: IntlShape; children: ReactNode }) {
  return <IntlContext.Provider value={value}>{children}</IntlContext.Provider>
}

export function useIntl(): IntlShape {
  const intl = useContext(IntlContext)
  if (!intl) throw new Error('useIntl is used outside IntlProvider')
  return intl
}

/** A message whose values or tags are elements: `<FormattedMessage id="…" values={{ b: (parts) => <b>{parts}</b> }} />`. */
export function FormattedMessage({ id, values }: { id: MessageId; values?: RichValues }) {
  return <>{useIntl().formatMessage({ id }, values)}</>
}
