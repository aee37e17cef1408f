// How code outside components carries words: a rule, a nav entry or a column names a message (`Text`), and the
// component that shows it translates it with `useT()`. Sentences are whole messages with placeholders and plurals
// (ICU: `{count, plural, one {# VM} other {# VMs}}`), never strings glued together.
import { useMemo } from 'react'
import { useIntl, type IntlShape } from './intl.tsx'
import type { MessageId } from './catalog.ts'

export type TextValues = Record<string, string | number | Date>

/** A message and its values, to be translated where it is shown. */
export interface Text {
  id: MessageId
  values?: TextValues
}

export function text(id: MessageId, values?: TextValues): Text {
  return values ? { id, values } : { id }
}

export type Translate = (message: MessageId | Text, values?: TextValues) => string

/** The translate function of an IntlShape, for code that is handed one (and for tests). */
export function translator(intl: IntlShape): Translate {
  return (message, values) =>
    typeof message === 'string'
      ? intl.formatMessage({ id: message }, values)
      : intl.formatMessage({ id: message.id }, message.values)
}

/** `t('vms.title')`, `t('vms.count', { count })` or `t(rule.reason)`: the message in the reader's language. */
export function useT(): Translate {
  const intl = useIntl()
  return useMemo(() => translator(intl), [intl])
}
