// The catalogue of the BFF's own pages: French says every English sentence, with the same values in it, and a
// value is escaped wherever it lands.
import { describe, expect, it } from 'vitest'
import {
  foreign,
  pageHtml,
  pageMessages,
  pagePlain,
  pageText,
  placeholdersOf,
  type PageMessageId,
} from '../src/auth/page-messages.ts'

describe('the pages’ catalogue', () => {
  const ids = Object.keys(pageMessages.en) as PageMessageId[]

  it('has a French sentence for every English one, with the same placeholders', () => {
    expect(Object.keys(pageMessages.fr).sort()).toEqual([...ids].sort())
    for (const id of ids) {
      expect(placeholdersOf(pageMessages.fr[id]), id).toEqual(placeholdersOf(pageMessages.en[id]))
      expect(pageMessages.fr[id], id).not.toBe('')
    }
  })

  it('uses the typographic apostrophe in French', () => {
    for (const id of ids) expect(pageMessages.fr[id], id).not.toContain("'")
  })

  it('escapes values, marks words from elsewhere as English on a French page, and puts messages in messages', () => {
    const text = pageText('noAccess.body', { person: '<b>Eve</b>', groups: pageText('noAccess.noGroups') })
    expect(pageHtml(text, 'en')).toContain('&#60;b&#62;Eve&#60;/b&#62; is not allowed')
    expect(pageHtml(text, 'fr')).toContain('aucun de vos groupes (aucun)')
    const idp = pageText('idpError.body', { answer: foreign('a<b') })
    expect(pageHtml(idp, 'fr')).toContain('(<span lang="en">a&#60;b</span>)')
    expect(pageHtml(idp, 'en')).toBe('The identity provider did not sign you in (a&#60;b). Try again.')
    expect(pagePlain(idp)).toBe('The identity provider did not sign you in (a<b). Try again.')
  })
})
