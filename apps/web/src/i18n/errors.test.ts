// An error reads first as what it means, in the reader's language, then as what was sent, untouched.
import { describe, expect, it } from 'vitest'
import { ApiError, plainMessages as errorKinds } from '@osc-console/data'
import { errorText } from './errors.ts'
import { i18nFor } from './testing.ts'

const { t: fr } = i18nFor('fr')
const { t: en } = i18nFor('en')

describe('errorText', () => {
  it('explains an OUTSCALE error in French above its own text, kept as sent with its code', () => {
    const error = ApiError.fromBody(
      {
        error: {
          source: 'outscale',
          kind: 'quota-exceeded',
          status: 409,
          message: 'TooManyResources (QuotaExceeded): the limit of VMs is reached',
          outscale: { code: '10022', type: 'TooManyResources', details: '', requestId: 'r-1' },
        },
      },
      409,
    )
    const { explanation, original } = errorText(error)
    expect(fr(explanation)).toBe(
      'Cela dépasserait un quota du compte. Libérez des ressources ou demandez à OUTSCALE une limite plus haute.',
    )
    expect(original).toEqual({
      text: 'TooManyResources (QuotaExceeded): the limit of VMs is reached',
      from: 'outscale',
      code: '10022',
      type: 'TooManyResources',
    })
  })

  it('says nothing twice: an error with only the console’s plain message has no original text', () => {
    const error = ApiError.fromBody('not json', 503)
    const { explanation, original } = errorText(error)
    expect(en(explanation)).toBe(
      'The console cannot reach OUTSCALE. Check the network or the endpoint, then retry.',
    )
    expect(original).toBeUndefined()
  })

  it('tells a console server out of reach apart from OUTSCALE out of reach', () => {
    const { explanation, original } = errorText(ApiError.network(new TypeError('Failed to fetch')))
    expect(fr(explanation)).toBe(
      'Le serveur de la console est injoignable. Vérifiez votre connexion et réessayez.',
    )
    expect(original?.from).toBe('console')
    expect(original?.text).toContain('Failed to fetch')
  })

  it('has an explanation in every language for every kind of error', () => {
    for (const kind of Object.keys(errorKinds)) {
      const error = ApiError.fromBody({ error: { kind, status: 400, message: 'x' } }, 400)
      expect(fr(errorText(error).explanation), kind).not.toBe(en(errorText(error).explanation))
    }
  })
})
