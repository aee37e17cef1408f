// Every language says the same things: the same message ids as English, each with the same placeholders (names and
// kinds: a plural stays a plural, a number stays a number), and each a valid ICU message. Catalogues load apart (with
// their pages), so each id belongs to exactly one of them: a second one would silently win or lose by load order.
import { describe, expect, it } from 'vitest'
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import { allWords } from './catalog.ts'
import en from './en.ts'
import fr from './fr.ts'

const catalogues: Record<string, Record<string, string>> = { fr }
const english = await Promise.all(allWords.map((w) => w.en().then((m) => m.default)))
const french = await Promise.all(allWords.map((w) => w.fr().then((m) => m.default)))

/** The placeholders of a message, as `name:kind`, including those inside plural and select branches. */
function placeholders(message: string): string[] {
  const found = new Set<string>()
  const visit = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.literal || element.type === TYPE.pound) continue
      found.add(`${element.value}:${TYPE[element.type]}`)
      if (element.type === TYPE.plural || element.type === TYPE.select)
        for (const option of Object.values(element.options)) visit(option.value)
      if (element.type === TYPE.tag) visit(element.children)
    }
  }
  visit(parse(message))
  return [...found].sort()
}

describe('the message catalogues', () => {
  it('give each message id to one catalogue only, and translate each catalogue on its own', () => {
    const owners = new Map<string, number>()
    english.forEach((catalogue, index) => {
      for (const id of Object.keys(catalogue)) {
        expect(owners.get(id), `${id} is in two catalogues`).toBeUndefined()
        owners.set(id, index)
      }
      expect(Object.keys(french[index]!).sort()).toEqual(Object.keys(catalogue).sort())
    })
  })

  it('are valid ICU messages in English', () => {
    for (const [id, message] of Object.entries(en)) expect(() => parse(message), id).not.toThrow()
  })

  for (const [language, catalogue] of Object.entries(catalogues)) {
    it(`translate every English message into ${language}, and nothing else`, () => {
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort())
    })

    it(`keep each message's placeholders in ${language}`, () => {
      for (const [id, message] of Object.entries(en)) {
        expect(placeholders(catalogue[id] ?? ''), `${language} ${id}`).toEqual(placeholders(message))
      }
    })
  }

  it('finds a placeholder that a translation dropped or renamed', () => {
    expect(placeholders('{count, plural, one {# VM} other {# VMs}} in {name}')).toEqual([
      'count:plural',
      'name:argument',
    ])
    expect(placeholders('{total} VM')).not.toEqual(placeholders('{count} VM'))
  })
})
