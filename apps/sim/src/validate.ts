// Request validation against the contract's strict zod schemas, each zod issue mapped to the OUTSCALE code that
// fits (see the table in errors.ts), plus the id-shape checks the schemas cannot express.
import type { z } from 'zod'
import { oscError } from './errors.ts'
import type { OscError } from './errors.ts'

type Issue = z.core.$ZodIssue

function pathText(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : String(p)))
    .join('.')
    .replace(/\.\[/g, '[')
}

function valueAt(body: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = body
  for (const p of path) {
    if (cur === null || typeof cur !== 'object') return undefined
    cur = (cur as Record<PropertyKey, unknown>)[p as string]
  }
  return cur
}

export function issueToError(issue: Issue, body: unknown): OscError {
  const where = pathText(issue.path)
  switch (issue.code) {
    case 'unrecognized_keys': {
      const keys = issue.keys.map((k) => (where ? `${where}.${k}` : k)).join(', ')
      return oscError('unknownParameter', `Unknown parameter: ${keys}. Remove it; the call does not take it.`)
    }
    case 'invalid_type':
      if (valueAt(body, issue.path) === undefined) {
        return oscError('missingParameter', `The parameter ${where} is required.`)
      }
      return oscError('invalidParameterType', `The parameter ${where} must be of type ${issue.expected}.`)
    case 'invalid_value':
      return oscError(
        'invalidParameterValue',
        `The value of ${where} is not allowed; expected one of: ${issue.values.map(String).join(', ')}.`,
      )
    case 'invalid_union':
      return oscError(
        'invalidParameterType',
        `The parameter ${where} does not have an accepted type or format.`,
      )
    default:
      return oscError('invalidParameterValue', `The parameter ${where} is invalid: ${issue.message}.`)
  }
}

/** Validates a body; returns the parsed request or throws the first issue as an OUTSCALE error. */
export function validateRequest(schema: z.ZodType, body: unknown): Record<string, unknown> {
  const result = schema.safeParse(body)
  if (!result.success) {
    const issue = result.error.issues[0]
    if (!issue) throw oscError('invalidParameterValue', 'The request is invalid.')
    throw issueToError(issue, body)
  }
  checkIds(result.data, [])
  return result.data as Record<string, unknown>
}

/** Id fields (singular or plural) and the prefix their values carry. */
const ID_PREFIXES: Record<string, string> = {
  VmId: 'i',
  BackendVmId: 'i',
  VolumeId: 'vol',
  SnapshotId: 'snap',
  SourceSnapshotId: 'snap',
  ImageId: 'ami',
  SourceImageId: 'ami',
  SecurityGroupId: 'sg',
  NetId: 'vpc',
  SubnetId: 'subnet',
  NicId: 'eni',
  RouteTableId: 'rtb',
  InternetServiceId: 'igw',
  NatServiceId: 'nat',
}
const KNOWN_PREFIXES = new Set(Object.values(ID_PREFIXES))
const ID_BODY = /^[0-9a-f]{8,17}$/

function checkId(field: string, value: unknown): void {
  if (typeof value !== 'string') return
  const prefix = ID_PREFIXES[field]
  if (!prefix) return
  const dash = value.indexOf('-')
  const got = dash < 0 ? '' : value.slice(0, dash)
  if (got === prefix && ID_BODY.test(value.slice(dash + 1))) return
  if (KNOWN_PREFIXES.has(got) && got !== prefix) {
    throw oscError('invalidIdPrefix', `${field} "${value}" is not a ${prefix}- id.`)
  }
  throw oscError(
    'malformedId',
    `${field} "${value}" is malformed; expected ${prefix}- followed by hex digits.`,
  )
}

/**
 * Walks the request, Filters included: a malformed id is an error everywhere ("If you provide an invalid VM ID,
 * an error is returned"), while a well-formed id nobody owns simply matches nothing in a filter.
 */
function checkIds(value: unknown, path: string[]): void {
  if (value === null || typeof value !== 'object') return
  if (Array.isArray(value)) {
    for (const v of value) checkIds(v, path)
    return
  }
  for (const [k, v] of Object.entries(value)) {
    const single = k.endsWith('Ids') ? k.slice(0, -1) : k
    if (single in ID_PREFIXES) {
      if (Array.isArray(v)) for (const item of v) checkId(single, item)
      else checkId(single, v)
    } else if (typeof v === 'object') {
      checkIds(v, [...path, k])
    }
  }
}
