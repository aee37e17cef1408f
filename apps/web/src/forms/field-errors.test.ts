import { describe, expect, it } from 'vitest'
import { ApiError } from '@osc-console/data'
import { checksResolver, serverFieldErrors } from './field-errors.ts'
import type { Translate } from '../i18n/text.ts'

const bffRefusal = (issues: Array<{ path: string; message: string }>) =>
  ApiError.fromBody({ error: { kind: 'invalid-request', status: 400, issues } }, 400)

const outscaleRefusal = (code: string, details: string) =>
  ApiError.fromBody(
    {
      error: {
        kind: 'invalid-request',
        source: 'outscale',
        status: 400,
        message: `OUTSCALE refused the parameters. OUTSCALE says: ${details}`,
        outscale: { code, type: 'InvalidParameterValue', details, requestId: 'req-42' },
      },
    },
    400,
  )

const createVmsFields = {
  ImageId: 'imageId',
  VmType: 'vmType',
  'BlockDeviceMappings[0]': 'rootSizeGiB',
  'BlockDeviceMappings[1]': 'volumes.0.sizeGiB',
  Tags: 'tags',
} as const

describe('placing the server’s problems on the form’s fields', () => {
  it('puts each BFF validation issue on the field of its parameter', () => {
    const placed = serverFieldErrors(
      bffRefusal([
        { path: 'VmType', message: 'Invalid input: expected string' },
        { path: 'BlockDeviceMappings[0].Bsu.VolumeSize', message: 'Too big' },
        { path: 'BlockDeviceMappings[1].Bsu.VolumeType', message: 'Invalid option' },
      ]),
      createVmsFields,
    )
    expect(placed).toEqual({
      vmType: 'Invalid input: expected string',
      rootSizeGiB: 'Too big',
      'volumes.0.sizeGiB': 'Invalid option',
    })
  })

  it('keeps the first problem of a field and leaves what concerns no field to the form-level error', () => {
    const placed = serverFieldErrors(
      bffRefusal([
        { path: 'Tags[0].Key', message: 'first' },
        { path: 'Tags[1].Key', message: 'second' },
        { path: 'MinVmsCount', message: 'not a field here' },
      ]),
      createVmsFields,
    )
    expect(placed).toEqual({ tags: 'first' })
  })

  it('puts OUTSCALE’s refusal of a public key on the public key field, in OUTSCALE’s words', () => {
    const placed = serverFieldErrors(outscaleRefusal('4032', 'The key is not a valid OpenSSH key.'), {
      KeypairName: 'name',
      PublicKey: 'publicKey',
    })
    expect(placed).toEqual({ publicKey: 'The key is not a valid OpenSSH key.' })
  })

  it('puts an OUTSCALE InvalidParameterValue on the field whose parameter its details name', () => {
    expect(
      serverFieldErrors(outscaleRefusal('4047', 'ImageId ami-0 is not available.'), createVmsFields),
    ).toEqual({
      imageId: 'ImageId ami-0 is not available.',
    })
  })

  it('places nothing for a refusal that is about no parameter', () => {
    const quota = ApiError.fromBody(
      {
        error: {
          kind: 'quota-exceeded',
          source: 'outscale',
          status: 400,
          outscale: { code: '10001', type: 'TooManyResources', details: 'VmType limit', requestId: 'r' },
        },
      },
      400,
    )
    expect(serverFieldErrors(quota, createVmsFields)).toEqual({})
  })
})

describe('a form’s own checks', () => {
  const t: Translate = (message, values) =>
    typeof message === 'string' ? message : `${message.id}${JSON.stringify(message.values ?? values ?? {})}`

  it('block sending with each problem, translated, on its field path', async () => {
    const resolve = checksResolver<{ name: string; volumes: Array<{ size: number }> }>(
      (values) => ({
        ...(values.name ? {} : { name: { id: 'vmForms.problem.image' } }),
        'volumes.1.size': { id: 'vmForms.problem.volumeSize', values: { n: 2 } },
      }),
      t,
    )
    const result = await resolve({ name: '', volumes: [] }, undefined, {
      fields: {},
      shouldUseNativeValidation: false,
    })
    expect(result.values).toEqual({})
    expect(result.errors).toEqual({
      name: { type: 'validate', message: 'vmForms.problem.image{}' },
      volumes: { 1: { size: { type: 'validate', message: 'vmForms.problem.volumeSize{"n":2}' } } },
    })
  })

  it('let a form with no problem through with its values', async () => {
    const resolve = checksResolver<{ name: string }>(() => ({}), t)
    const options = { fields: {}, shouldUseNativeValidation: false }
    expect(await resolve({ name: 'web-1' }, undefined, options)).toEqual({
      values: { name: 'web-1' },
      errors: {},
    })
  })
})
