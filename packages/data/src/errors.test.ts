import { describe, expect, it } from 'vitest'
import { ApiError, plainMessages, toApiError } from './errors.ts'

const outscaleBody = {
  error: {
    source: 'outscale',
    kind: 'invalid-state',
    message: 'The VM i-1234 is not running, so it cannot be stopped. Start it first.',
    retryable: false,
    status: 409,
    outscale: { code: '6003', type: 'InvalidState', details: 'VM is stopped', requestId: 'req-osc-1' },
    requestId: 'bff-1',
  },
}

describe('ApiError', () => {
  it('keeps the message, kind and OUTSCALE details of a BFF error body', () => {
    const error = ApiError.fromBody(outscaleBody, 409)
    expect(error.kind).toBe('invalid-state')
    expect(error.message).toBe(outscaleBody.error.message)
    expect(error.outscale?.code).toBe('6003')
    expect(error.referenceId).toBe('req-osc-1')
    expect(error.requestId).toBe('bff-1')
  })

  it('gives a copy text with code, type, details and both request ids', () => {
    const text = ApiError.fromBody(outscaleBody, 409).copyText
    expect(text).toContain('OUTSCALE code: 6003')
    expect(text).toContain('OUTSCALE type: InvalidState')
    expect(text).toContain('Details: VM is stopped')
    expect(text).toContain('RequestId: req-osc-1')
    expect(text).toContain('Console request id: bff-1')
  })

  it('shows an OUTSCALE internal failure as a failure, not as rate limiting', () => {
    const error = ApiError.fromBody({ error: { kind: 'upstream-error', status: 503 } }, 503)
    expect(error.message).toBe(plainMessages['upstream-error'])
    expect(error.message).not.toMatch(/limiting/)
  })

  it('reads OUTSCALE info without a RequestId (null on the wire) and falls back to the console id', () => {
    const body = {
      error: {
        ...outscaleBody.error,
        outscale: { code: '0', type: 'DefaultError', details: '', requestId: null },
      },
    }
    const error = ApiError.fromBody(body, 409)
    expect(error.outscale).toEqual({ code: '0', type: 'DefaultError', details: '', requestId: null })
    expect(error.referenceId).toBe('bff-1')
    expect(error.copyText).not.toContain('RequestId: null')
  })

  it('falls back to a plain message when the server sent no message', () => {
    const error = ApiError.fromBody({ error: { kind: 'throttled', status: 429 } }, 429)
    expect(error.message).toBe(plainMessages.throttled)
  })

  it('derives a kind from the status when the body is not an error body', () => {
    const error = ApiError.fromBody('<html>Bad gateway</html>', 503, 'bff-9')
    expect(error.kind).toBe('unreachable')
    expect(error.message).toContain('HTTP 503')
    expect(error.requestId).toBe('bff-9')
    expect(error.retryable).toBe(true)
  })

  it('keeps the sign-in URL of a session-expired answer', () => {
    const error = ApiError.fromBody(
      {
        error: {
          kind: 'session-expired',
          status: 401,
          message: 'Sign in',
          login: '/auth/login?returnTo=%2Fx',
        },
      },
      401,
    )
    expect(error.login).toBe('/auth/login?returnTo=%2Fx')
  })

  it('lists field issues by path for forms', () => {
    const error = ApiError.fromBody(
      {
        error: {
          kind: 'invalid-request',
          status: 400,
          issues: [{ path: 'VmType', message: 'unknown type' }],
        },
      },
      400,
    )
    expect(error.fieldErrors()).toEqual({ VmType: 'unknown type' })
  })

  it('wraps any thrown value', () => {
    expect(toApiError(new TypeError('boom')).message).toBe('boom')
    const original = ApiError.network(new Error('ECONNREFUSED'))
    expect(toApiError(original)).toBe(original)
    expect(original.kind).toBe('unreachable')
  })
})

describe('field errors from OUTSCALE refusals', () => {
  const refusal = (code: string, details: string) =>
    ApiError.fromBody(
      {
        error: {
          kind: 'invalid-request',
          source: 'outscale',
          status: 400,
          message: 'OUTSCALE refused the parameters of CreateKeypair.',
          outscale: { code, type: 'InvalidParameterValue', details, requestId: 'req-1' },
        },
      },
      400,
    )

  it('puts a refused public key (code 4032) on PublicKey, with OUTSCALE’s own words', () => {
    expect(refusal('4032', 'The key is not valid.').fieldErrors()).toEqual({
      PublicKey: 'The key is not valid.',
    })
  })

  it('puts an InvalidParameterValue on the parameter its details name, among those the form sends', () => {
    const error = refusal('4047', 'VmType tinav9 is not a valid value.')
    expect(error.fieldErrors(['ImageId', 'VmType'])).toEqual({
      VmType: 'VmType tinav9 is not a valid value.',
    })
    expect(error.fieldErrors(['ImageId'])).toEqual({})
  })

  it('leaves a refusal that is not about a parameter (5xxx not found) to the form', () => {
    expect(refusal('5063', 'VmType is unknown').fieldErrors(['VmType'])).toEqual({})
  })
})
