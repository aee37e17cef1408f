// Every language says the same things: the same message ids as English, each with the same placeholders (names and
// kinds: a plural stays a plural, a number stays a number), and each a valid ICU message.
import { describe, expect, it } from 'vitest'
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import firstEn from './en.ts'
import firstFr from './fr.ts'
import networkEn from './network.en.ts'
import networkFr from './network.fr.ts'
import sgEn from './security-groups.en.ts'
import sgFr from './security-groups.fr.ts'

// The first route's catalogue and the page catalogues, as one: a message id is in exactly one of them.
const en: Record<string, string> = { ...firstEn, ...networkEn, ...sgEn }
const catalogues: Record<string, Record<string, string>> = { fr: { ...firstFr, ...networkFr, ...sgFr } }

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

  it('keeps each message in one catalogue: a page catalogue repeats no id of the first route', () => {
    expect(Object.keys(networkEn).filter((id) => id in firstEn)).toEqual([])
    expect(Object.keys(sgEn).filter((id) => id in firstEn || id in networkEn)).toEqual([])
  })

  it('finds a placeholder that a translation dropped or renamed', () => {
    expect(placeholders('{count, plural, one {# VM} other {# VMs}} in {name}')).toEqual([
      'count:plural',
      'name:argument',
    ])
    expect(placeholders('{total} VM')).not.toEqual(placeholders('{count} VM'))
  })
})
