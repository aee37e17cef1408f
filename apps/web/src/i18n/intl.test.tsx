// The console formats its messages itself, over the browser's Intl: plurals by the language's rules, exact matches,
// `#` and numbers in the reader's format, selects, and tags drawn as elements. A message that is not loaded, or lacks
// a value, is shown as its id and reported, never thrown at the reader.
import { describe, expect, it } from 'vitest'
import { renderToStaticMarkup } from 'react-dom/server'
import allEnglish from './en.ts'
import allFrench from './fr.ts'
import { createIntl, FormattedMessage, IntlProvider } from './intl.tsx'
import { FormatError, formatParsed } from './message-format.ts'
import { intlFor, parsed } from './testing.ts'
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'

const nnbsp = '\u202f'

describe('messages in the reader’s language', () => {
  it('chooses a plural’s branch by the language’s rules and writes # in its number format', () => {
    const en = intlFor('en')
    const fr = intlFor('fr')
    expect(en.formatMessage({ id: 'kit.bulk.selected' }, { count: 1500 })).toBe('1,500 selected')
    expect(fr.formatMessage({ id: 'kit.bulk.selected' }, { count: 0 })).toBe('0 sélectionné')
    expect(fr.formatMessage({ id: 'kit.bulk.selected' }, { count: 1500 })).toBe(`1${nnbsp}500 sélectionnés`)
  })

  it('prefers an exact match (=0) and takes a select’s branch by its value, else `other`', () => {
    const en = intlFor('en')
    const counts = { succeeded: 2, failed: 0, unknown: 0, pending: 3 }
    expect(en.formatMessage({ id: 'table.op.counts' }, counts)).toBe('2 succeeded, 0 failed, 3 in progress')
    expect(en.formatMessage({ id: 'audit.shown' }, { count: 1, more: true })).toBe(
      '1 record shown; older ones remain',
    )
    expect(en.formatMessage({ id: 'audit.shown' }, { count: 2, more: false })).toBe(
      '2 records shown; no older record',
    )
  })

  it('writes a {n, number} in the reader’s format and a plain {n} as it is', () => {
    expect(intlFor('fr').formatMessage({ id: 'volumes.gib' }, { size: 2048 })).toBe(`2${nnbsp}048 Gio`)
    expect(formatParsed(parse('{n} GiB'), 'en', { n: 2048 })).toBe('2048 GiB')
  })

  it('draws a tag with the element the page gives, and an element given as a value', () => {
    const html = renderToStaticMarkup(
      <IntlProvider value={intlFor('fr')}>
        <FormattedMessage id="vms.terminate.type" values={{ name: 'web-1', b: (parts) => <b>{parts}</b> }} />|
        <FormattedMessage id="kit.bulk.typeWord" values={{ word: <strong>delete</strong> }} />
      </IntlProvider>,
    )
    expect(html).toBe(
      'Saisissez le nom de la VM, <b>web-1</b>, pour confirmer|' +
        allFrench['kit.bulk.typeWord'].replace('{word}', '<strong>delete</strong>'),
    )
  })

  it('shows the id of a message that is not loaded, or that lacks a value, and reports it', () => {
    const errors: string[] = []
    const intl = createIntl({
      locale: 'en',
      messages: parsed({ 'a.count': '{count, plural, one {# item} other {# items}}' }),
      onError: (error) => errors.push(error.message),
    })
    expect(intl.formatMessage({ id: 'kit.noName' })).toBe('kit.noName')
    expect(intl.formatMessage({ id: 'a.count' as never })).toBe('a.count')
    expect(errors).toEqual([
      expect.stringContaining('Missing message: "kit.noName"'),
      expect.stringContaining('No value for {count}'),
    ])
  })

  it('refuses what it does not know rather than guessing: ordinals, named styles, dates inside messages', () => {
    for (const message of ['{n, selectordinal, one {#st} other {#th}}', '{n, number, percent}', '{d, date}'])
      expect(() => formatParsed(parse(message), 'en', { n: 1, d: new Date(0) })).toThrow(FormatError)
  })

  it('formats every message of every catalogue, in English and in French', () => {
    for (const [locale, catalogue] of [
      ['en', allEnglish],
      ['fr', allFrench],
    ] as const) {
      for (const [id, message] of Object.entries(catalogue)) {
        const tree = parse(message)
        expect(() => formatParsed(tree, locale, sampleValues(tree)), `${locale} ${id}`).not.toThrow()
      }
    }
  })
})

/** A value for each placeholder: a number where a plural or a number takes one, a function for a tag. */
function sampleValues(elements: MessageFormatElement[], values: Record<string, unknown> = {}) {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue
    values[element.value] =
      element.type === TYPE.plural || element.type === TYPE.number
        ? 2
        : element.type === TYPE.tag
          ? (parts: unknown[]) => parts.join('')
          : 'x'
    if (element.type === TYPE.plural || element.type === TYPE.select)
      for (const option of Object.values(element.options)) sampleValues(option.value, values)
    if (element.type === TYPE.tag) sampleValues(element.children, values)
  }
  return values
}
