// Formats a message that the build has already parsed (precompile-messages.ts) with the browser's own Intl: plurals,
// exact matches (`=0`), `#`, selects, numbers and tags such as `<b>…</b>`, as ICU MessageFormat and formatjs write
// them. Only what the catalogues use is known here; anything else is a FormatError (catalog.test.ts formats every
// message of every language, so such a message fails a test rather than a page).
import { TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'

/** Values by placeholder: text and numbers, a node to place as it is, or for a tag a function that wraps its parts. */
export type MessageValues = Readonly<Record<string, unknown>>

export class FormatError extends Error {}

/** The browser's formatters, made once per locale and options: creating one costs far more than using it. */
const made = new Map<string, Intl.NumberFormat | Intl.PluralRules>()
function numberFormat(locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n${locale}${JSON.stringify(options)}`
  let format = made.get(key) as Intl.NumberFormat | undefined
  if (!format) made.set(key, (format = new Intl.NumberFormat(locale, options)))
  return format
}
function pluralRules(locale: string): Intl.PluralRules {
  const key = `p${locale}`
  let rules = made.get(key) as Intl.PluralRules | undefined
  if (!rules) made.set(key, (rules = new Intl.PluralRules(locale)))
  return rules
}

/**
 * The message's parts: adjacent text joined, so a message without nodes is one string. `#` is the plural's number
 * in the locale's format; a select's branch, like formatjs, does not see an enclosing plural's `#`.
 */
function parts(
  elements: MessageFormatElement[],
  locale: string,
  values: MessageValues,
  plural?: number,
): unknown[] {
  const out: unknown[] = []
  const push = (part: unknown) => {
    if (typeof part === 'string' && typeof out[out.length - 1] === 'string') out[out.length - 1] += part
    else out.push(part)
  }
  for (const element of elements) {
    if (element.type === TYPE.literal) {
      push(element.value)
      continue
    }
    if (element.type === TYPE.pound) {
      if (plural !== undefined) push(numberFormat(locale).format(plural))
      continue
    }
    if (!(element.value in values)) throw new FormatError(`No value for {${element.value}}`)
    const value = values[element.value]
    switch (element.type) {
      case TYPE.argument:
        push(typeof value === 'string' || typeof value === 'number' ? String(value) : value || '')
        break
      case TYPE.number: {
        const style = element.style
        if (typeof style === 'string')
          throw new FormatError(`{${element.value}, number, ${style}}: named number styles are not supported`)
        push(numberFormat(locale, style?.parsedOptions).format(value as number))
        break
      }
      case TYPE.select: {
        const option = Object.hasOwn(element.options, String(value))
          ? element.options[String(value)]
          : element.options.other
        if (!option) throw new FormatError(`{${element.value}} has no branch for ${String(value)}`)
        for (const part of parts(option.value, locale, values)) push(part)
        break
      }
      case TYPE.plural: {
        if (element.pluralType === 'ordinal' || element.offset)
          throw new FormatError(`{${element.value}}: ordinals and offsets are not supported`)
        const count = value as number
        const option =
          element.options[`=${count}`] ??
          element.options[pluralRules(locale).select(count)] ??
          element.options.other
        if (!option) throw new FormatError(`{${element.value}} has no branch for ${count}`)
        for (const part of parts(option.value, locale, values, count)) push(part)
        break
      }
      case TYPE.tag: {
        if (typeof value !== 'function') throw new FormatError(`<${element.value}> needs a function`)
        const wrapped = value(parts(element.children, locale, values, plural))
        for (const part of Array.isArray(wrapped) ? wrapped : [wrapped]) push(part)
        break
      }
      default:
        throw new FormatError(`{${element.value}}: dates and times are formatted outside messages`)
    }
  }
  return out
}

/** The message as one string, or as parts when a value or a tag brought a node (a React element). */
export function formatParsed(
  message: MessageFormatElement[],
  locale: string,
  values: MessageValues = {},
): string | unknown[] {
  const result = parts(message, locale, values)
  if (result.length === 0) return ''
  return result.length === 1 && typeof result[0] === 'string' ? result[0] : result
}
