// Where a problem is shown: beside the field it concerns. Problems come from the form's own checks (before
// anything is sent) and from the server's answer (the BFF's validation issues, OUTSCALE's refusals of a parameter).
import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form'
import type { ApiError } from '@osc-console/data'
import type { Text, Translate } from '../i18n/text.ts'

/**
 * Which form field shows a problem with a request parameter: `{ KeypairName: 'name' }`. A key also covers what
 * is under it (`Tags` covers `Tags[1].Key`); the longest key that matches wins.
 */
export type ParameterFields<F extends string> = Readonly<Record<string, F>>

function fieldOfPath<F extends string>(path: string, fields: ParameterFields<F>): F | undefined {
  if (path in fields) return fields[path]
  const key = Object.keys(fields)
    .filter((k) => path.startsWith(`${k}.`) || path.startsWith(`${k}[`))
    .sort((a, b) => b.length - a.length)[0]
  return key === undefined ? undefined : fields[key]
}

/**
 * The server's problems placed on the form's fields, the first message for each field. What concerns no field
 * of this form stays with the form-level error, which is always shown too (it carries the RequestId).
 */
export function serverFieldErrors<F extends string>(
  error: ApiError,
  fields: ParameterFields<F>,
): Partial<Record<F, string>> {
  const placed: Partial<Record<F, string>> = {}
  for (const [path, message] of Object.entries(error.fieldErrors(Object.keys(fields)))) {
    const field = fieldOfPath(path, fields)
    if (field !== undefined && placed[field] === undefined) placed[field] = message
  }
  return placed
}

/** react-hook-form's nested error shape for `a.b.0`-style paths. */
function nest<T extends FieldValues>(problems: Record<string, string>): FieldErrors<T> {
  const errors: Record<string, unknown> = {}
  for (const [path, message] of Object.entries(problems)) {
    const parts = path.split('.')
    let node = errors
    parts.slice(0, -1).forEach((part) => {
      node[part] ??= {}
      node = node[part] as Record<string, unknown>
    })
    node[parts[parts.length - 1] ?? path] = { type: 'validate', message }
  }
  return errors as FieldErrors<T>
}

/**
 * A form's own checks as react-hook-form's resolver: `check` returns the problems keyed by field path, in words
 * to translate, and nothing is sent while there is one.
 */
export function checksResolver<T extends FieldValues>(
  check: (values: T) => Partial<Record<string, Text>>,
  t: Translate,
): Resolver<T> {
  return (values) => {
    const problems = Object.fromEntries(
      Object.entries(check(values)).flatMap(([path, problem]) => (problem ? [[path, t(problem)]] : [])),
    )
    return Object.keys(problems).length ? { values: {}, errors: nest<T>(problems) } : { values, errors: {} }
  }
}
