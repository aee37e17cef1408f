// Numbers, money, dates, ages and durations follow the reader's locale, not the browser's or a fixed one.
import { describe, expect, it } from 'vitest'
import { i18nFor } from './testing.ts'

const en = i18nFor('en').f
const fr = i18nFor('fr').f
const nnbsp = '\u202f'
const nbsp = '\u00a0'

describe('formatting in the reader’s locale', () => {
  it('writes numbers with the locale’s separators', () => {
    expect(en.number(1234567.5)).toBe('1,234,567.5')
    expect(fr.number(1234567.5)).toBe(`1${nnbsp}234${nnbsp}567,5`)
  })

  it('writes money in the catalogue’s currency, unit prices below a cent kept', () => {
    expect(en.money(2808.271, 'EUR')).toBe('€2,808.27')
    expect(en.money(0.0047, 'EUR', 4)).toBe('€0.0047')
    expect(fr.money(2808.271, 'EUR')).toBe(`2${nnbsp}808,27${nbsp}€`)
    expect(fr.money(0.0047, 'USD', 4)).toBe(`0,0047${nbsp}$US`)
    expect(en.money(undefined, 'EUR')).toBe('—')
    // A currency code Intl does not know is still shown, after an amount in the reader's format.
    expect(fr.money(1.5, 'XYZ1')).toBe('1,50 XYZ1')
    expect(en.money(1.5, undefined)).toBe('1.50')
  })

  it('writes dates and times in the locale’s words and order', () => {
    const iso = '2025-03-04T09:05:07Z'
    expect(fr.date(iso)).toMatch(/^4 mars 2025$/)
    expect(en.date(iso)).toMatch(/^Mar 4, 2025$/)
    expect(fr.dateTime(iso)).toMatch(/^4 mars 2025/)
    expect(fr.time(iso)).toMatch(/^\d{2}:\d{2}:07$/)
    expect(en.date('not a date')).toBe('not a date')
  })

  it('says how old data are in the reader’s language', () => {
    expect(en.age({ kind: 'unknown' })).toBe('not loaded yet')
    expect(fr.age({ kind: 'unknown' })).toBe('pas encore chargé')
    expect(en.age({ kind: 'just-now' })).toBe('updated just now')
    expect(fr.age({ kind: 'just-now' })).toBe('mis à jour à l’instant')
    expect(en.age({ kind: 'ago', value: 30, unit: 'second' })).toMatch(/^updated 30\s?s(ec\.)? ago$/)
    expect(fr.age({ kind: 'ago', value: 30, unit: 'second' })).toBe(`mis à jour il y a 30${nbsp}s`)
    expect(fr.age({ kind: 'ago', value: 5, unit: 'minute' })).toBe(`mis à jour il y a 5${nbsp}min`)
    expect(fr.age({ kind: 'ago', value: 3, unit: 'hour' })).toBe(`mis à jour il y a 3${nbsp}h`)
  })

  it('says durations in the unit a person reads at a glance', () => {
    expect(en.duration(undefined)).toBe('')
    expect(en.duration(84.6)).toBe('85 ms')
    expect(en.duration(2_440)).toBe('2.4 s')
    expect(fr.duration(2_440)).toBe('2,4 s')
    expect(en.duration(125_000)).toBe('2 min 5 s')
    expect(fr.duration(1_125_000)).toBe('18 min 45 s')
  })
})
