// Words load with their pages, in the reader's language only, and a language switch swaps every loaded catalogue at
// once: never a mix of two languages, never a catalogue forgotten after the switch.
import { beforeEach, describe, expect, it } from 'vitest'
import { loadPageWords, pageOf } from './catalog.ts'
import { loadWords, startWords, switchWords, words, wordsState, type Words } from './words.ts'

/** A catalogue whose loads are counted and released by the test, to order them as a slow network would. */
function slowWords(en: Record<string, string>, fr: Record<string, string>) {
  const loads: { locale: 'en' | 'fr'; release: () => void }[] = []
  const load = (locale: 'en' | 'fr', messages: Record<string, string>) => () =>
    new Promise<{ default: Record<string, string> }>((resolve) => {
      loads.push({ locale, release: () => resolve({ default: messages }) })
    })
  const w: Words = words(load('en', en), load('fr', fr))
  return { w, loads }
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('the words a page holds', () => {
  beforeEach(() => startWords('en'))

  it('loads a catalogue once, in the current language, and says when nothing is left to load', async () => {
    const { w, loads } = slowWords({ 'a.title': 'Title' }, { 'a.title': 'Titre' })
    const first = loadWords([w])
    const second = loadWords([w])
    await flush()
    expect(loads.map((l) => l.locale)).toEqual(['en'])
    loads[0]!.release()
    await Promise.all([first, second])
    expect(wordsState().messages).toEqual({ 'a.title': 'Title' })
    expect(loadWords([w])).toBeUndefined()
  })

  it('loads every catalogue already held in the new language before switching, then swaps them together', async () => {
    const a = slowWords({ 'a.x': 'A' }, { 'a.x': 'A fr' })
    const b = slowWords({ 'b.x': 'B' }, { 'b.x': 'B fr' })
    const loaded = loadWords([a.w, b.w])
    await flush()
    a.loads[0]!.release()
    b.loads[0]!.release()
    await loaded
    const switching = switchWords('fr')
    await flush()
    a.loads[1]!.release()
    await flush()
    // Half the French is here: the page still shows all of its English.
    expect(wordsState()).toEqual({ locale: 'en', messages: { 'a.x': 'A', 'b.x': 'B' } })
    b.loads[1]!.release()
    await switching
    expect(wordsState()).toEqual({ locale: 'fr', messages: { 'a.x': 'A fr', 'b.x': 'B fr' } })
  })

  it('loads again in the new language a page’s words that arrived in the old one during a switch', async () => {
    const held = slowWords({ 'a.x': 'A' }, { 'a.x': 'A fr' })
    const late = slowWords({ 'b.x': 'B' }, { 'b.x': 'B fr' })
    const first = loadWords([held.w])
    await flush()
    held.loads[0]!.release()
    await first
    const page = loadWords([late.w])
    const switching = switchWords('fr')
    await flush()
    late.loads[0]!.release() // English, asked for before the switch
    held.loads[1]!.release()
    late.loads[1]!.release()
    await Promise.all([switching, page])
    expect(wordsState()).toEqual({ locale: 'fr', messages: { 'a.x': 'A fr', 'b.x': 'B fr' } })
  })

  it('keeps the last language chosen when two switches overlap', async () => {
    const a = slowWords({ 'a.x': 'A' }, { 'a.x': 'A fr' })
    const first = loadWords([a.w])
    await flush()
    a.loads[0]!.release()
    await first
    const toFrench = switchWords('fr')
    const backToEnglish = switchWords('en')
    await flush()
    a.loads[1]!.release()
    await Promise.all([toFrench, backToEnglish])
    expect(wordsState()).toEqual({ locale: 'en', messages: { 'a.x': 'A' } })
  })

  it('fetches a catalogue again after its chunk failed to load', async () => {
    let attempts = 0
    const flaky = words(
      () => {
        attempts += 1
        return attempts === 1
          ? Promise.reject(new Error('network'))
          : Promise.resolve({ default: { 'a.x': 'A' } })
      },
      () => Promise.resolve({ default: { 'a.x': 'A fr' } }),
    )
    await expect(loadWords([flaky])).rejects.toThrow('network')
    await loadWords([flaky])
    expect(wordsState().messages).toEqual({ 'a.x': 'A' })
  })
})

describe('the page a path shows', () => {
  it('is the section, the exact page, or any page under the section', () => {
    expect(pageOf('/acc-1')).toBe('')
    expect(pageOf('/acc-1/')).toBe('')
    expect(pageOf('/acc-1/vms')).toBe('vms')
    expect(pageOf('/acc-1/vms/new')).toBe('vms/new')
    expect(pageOf('/acc-1/vms/i-12345678')).toBe('vms/*')
    expect(pageOf('/acc-1/images')).toBeUndefined()
  })

  it('loads the words of the VM list with it, in French for a French reader', async () => {
    startWords('fr')
    await loadPageWords('/acc-1/vms')
    expect(wordsState().messages['vms.table']).toBe('Machines virtuelles')
    expect(wordsState().messages['home.title']).toBeUndefined()
  })
})
