// Calls the OUTSCALE documentation (1.28) describes that the pinned spec (1.40.1) no longer lists, answered as
// documented so that scripts written against the older documentation meet the same behaviour here. They are outside
// the contract: the console never sends them (see apps/bff/README.md), and they have no generated schema, so each
// checks its own request.
import type { AuthKind } from '@osc-console/osc-api'
import { oscError } from './errors.ts'
import type { World } from './state.ts'

export interface LegacyOperation {
  auth: readonly AuthKind[]
  answer(body: unknown, accountId: string, world: World): object
}

function requestOf(body: unknown, fields: Record<string, 'string' | 'boolean'>, required: string[]) {
  if (!body || typeof body !== 'object' || Array.isArray(body))
    throw oscError('invalidParameterType', 'The request body must be a JSON object.')
  const req = body as Record<string, unknown>
  for (const [name, value] of Object.entries(req)) {
    const kind = fields[name]
    if (!kind) throw oscError('unknownParameter', `${name} is not a parameter of this call.`)
    if (typeof value !== kind) throw oscError('invalidParameterType', `${name} must be a ${kind}.`)
  }
  for (const name of required)
    if (req[name] === undefined) throw oscError('missingParameter', `${name} is required.`)
  return req
}

export const LEGACY_OPERATIONS: ReadonlyMap<string, LegacyOperation> = new Map([
  [
    'ReadSecretAccessKey',
    {
      // "Lists information about the specified access key of your root account, including its secret key", with
      // the access key or the login and password, like the other access key calls.
      auth: ['sigv4', 'basic'],
      answer(body, accountId, world) {
        const req = requestOf(body, { AccessKeyId: 'string', DryRun: 'boolean' }, ['AccessKeyId'])
        const k = world.accessKeys.get(String(req.AccessKeyId))
        // A key of another account or of an EIM user is not "an access key of your root account".
        if (!k || k.accountId !== accountId || k.userName !== undefined)
          throw oscError('noSuchKey', `The access key ${String(req.AccessKeyId)} does not exist.`)
        if (req.DryRun === true) return {}
        return {
          AccessKey: {
            AccessKeyId: k.accessKeyId,
            SecretKey: k.secretKey,
            State: k.state,
            CreationDate: k.creationDate,
            LastModificationDate: k.lastModificationDate,
            ...(k.expirationDate ? { ExpirationDate: k.expirationDate } : {}),
          },
        }
      },
    },
  ],
])
