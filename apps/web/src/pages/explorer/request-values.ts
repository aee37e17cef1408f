// A generated form's values and the request they make. Each kind of parameter has one form value: text for
// strings, dates and JSON, a number (NaN when emptied) for numbers, '' | 'true' | 'false' for booleans (a
// parameter left out is not the same as false), `[{ value }]` for arrays (react-hook-form's field arrays hold
// objects) and a nested object for objects. Nothing unset is sent, and the checks the spec allows run first.
import type { RequestField, RequestFieldKind, RequestObject } from '@osc-console/osc-api/request-forms'
import { text, type Text, type TextValues } from '../../i18n/text.ts'
import type { MessageId } from '../../i18n/catalog.ts'

export type Objects = Readonly<Record<string, RequestObject>>
export type Problems = Record<string, Text>

/** A form path as a person reads it, for the list of problems above the buttons: `Listeners 1 › Port`. */
export function fieldName(path: string): string {
  return path.replace(/\.(\d+)\.value/g, (_, n: string) => ` ${Number(n) + 1}`).replace(/\./g, ' › ')
}

function problem(path: string, id: MessageId, values: TextValues = {}): Text {
  return text(id, { field: fieldName(path), ...values })
}

/** Parameters the explorer offers itself rather than as fields: DryRun is the form's "Check" button. */
const OFFERED_OTHERWISE = new Set(['DryRun'])

/** An object's fields as the form shows them: the required ones first, each group in the spec's order. */
export function orderedFields(object: RequestObject): { required: RequestField[]; optional: RequestField[] } {
  const fields = object.fields.filter((f) => !OFFERED_OTHERWISE.has(f.name))
  return { required: fields.filter((f) => f.required), optional: fields.filter((f) => !f.required) }
}

const DATE = /^\d{4}-\d{2}-\d{2}$/
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Builds one value; `undefined` when the person left it unset. Problems are added under `path`. */
function build(
  objects: Objects,
  kind: RequestFieldKind,
  value: unknown,
  path: string,
  problems: Problems,
): unknown {
  switch (kind.type) {
    case 'string': {
      if (typeof value !== 'string' || value === '') return undefined
      if (kind.enum && !kind.enum.includes(value))
        problems[path] = problem(path, 'explorer.check.enum', { values: kind.enum.join(', ') })
      else if (kind.maxLength !== undefined && value.length > kind.maxLength)
        problems[path] = problem(path, 'explorer.check.maxLength', { max: kind.maxLength })
      else if (kind.pattern && !new RegExp(kind.pattern).test(value))
        problems[path] = problem(path, 'explorer.check.pattern', { pattern: kind.pattern })
      else if (
        kind.formats?.length &&
        !kind.formats.some(
          (f) => (f === 'date' ? DATE : DATE_TIME).test(value) && !Number.isNaN(Date.parse(value)),
        )
      )
        problems[path] = problem(
          path,
          kind.formats.includes('date-time') ? 'explorer.check.dateTime' : 'explorer.check.date',
        )
      return value
    }
    case 'integer':
    case 'number': {
      if (typeof value !== 'number' || Number.isNaN(value)) return undefined
      if (kind.type === 'integer' && !Number.isInteger(value))
        problems[path] = problem(path, 'explorer.check.integer')
      else if ((kind.min !== undefined && value < kind.min) || (kind.max !== undefined && value > kind.max))
        problems[path] = problem(path, 'explorer.check.range', {
          min: kind.min ?? '−∞',
          max: kind.max ?? '∞',
        })
      return value
    }
    case 'boolean':
      return value === 'true' ? true : value === 'false' ? false : undefined
    case 'array': {
      if (!Array.isArray(value) || value.length === 0) return undefined
      return value.map((item: unknown, index) => {
        const itemPath = `${path}.${index}.value`
        const built = build(objects, kind.items, isRecord(item) ? item.value : undefined, itemPath, problems)
        // An item the person added stays in the request: left empty, it is a mistake to point out, not to drop.
        if (built === undefined) problems[itemPath] ??= problem(itemPath, 'explorer.check.emptyItem')
        return built
      })
    }
    case 'object': {
      const object = objects[kind.name]
      if (!object || !isRecord(value)) return undefined
      const built = buildObject(objects, object, value, path, problems)
      return Object.keys(built).length > 0 ? built : undefined
    }
    case 'record':
    case 'json': {
      if (typeof value !== 'string' || value.trim() === '') return undefined
      try {
        return JSON.parse(value) as unknown
      } catch {
        problems[path] = problem(path, 'explorer.check.json')
        return undefined
      }
    }
  }
}

function buildObject(
  objects: Objects,
  object: RequestObject,
  values: Record<string, unknown>,
  prefix: string,
  problems: Problems,
): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  const fields = object.fields.filter((f) => !OFFERED_OTHERWISE.has(f.name))
  for (const field of fields) {
    const path = prefix ? `${prefix}.${field.name}` : field.name
    const built = build(objects, field.kind, values[field.name], path, problems)
    if (built !== undefined) out[field.name] = built
  }
  // A nested object left wholly empty is not sent, so its required fields only matter once one field is set.
  if (prefix === '' || Object.keys(out).length > 0)
    for (const field of fields) {
      const path = prefix ? `${prefix}.${field.name}` : field.name
      if (field.required && out[field.name] === undefined)
        problems[path] ??= problem(path, 'explorer.check.required')
    }
  return out
}

/** The request the form's values make, and what is wrong with them, keyed by the form path of each field. */
export function buildRequest(
  objects: Objects,
  objectName: string,
  values: Record<string, unknown>,
): { request: Record<string, unknown>; problems: Problems } {
  const problems: Problems = {}
  const object = objects[objectName]
  const request = object ? buildObject(objects, object, values, '', problems) : {}
  return { request, problems }
}

/** How many fields under a form value are set, for the summary of a folded object ("Filters (2)"). */
export function countSet(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + countSet(item), 0)
  if (isRecord(value)) return Object.values(value).reduce((sum: number, inner) => sum + countSet(inner), 0)
  if (typeof value === 'number') return Number.isNaN(value) ? 0 : 1
  return value === '' || value === undefined || value === null ? 0 : 1
}
