// The catalogue travels to every page of the console, so the generator writes it as one short row per operation
// (`family,pagination,flags,auth`) instead of an object literal per operation: about 2.5 KB less gzipped JavaScript on
// the first route. The name gives the verb, the verb whether it changes anything.
import type { AuthKind, OperationInfo, Pagination } from './catalogue-types.ts'

const PAGINATION: Record<string, Pagination> = { t: 'token', f: 'firstItem', n: 'none' }
const AUTH: Record<string, AuthKind> = { s: 'sigv4', b: 'basic', n: 'none' }
const letterOf = <T extends string>(table: Record<string, T>, value: T) =>
  Object.keys(table).find((k) => table[k] === value)!

export function verbOf(name: string): string {
  return /^[A-Z][a-z]+/.exec(name)![0]
}

/** One operation's row: `vms,n,cd,s` is family vms, no pagination, ClientToken and DryRun, SigV4. */
export function operationRow(op: OperationInfo): string {
  const flags = `${op.clientToken ? 'c' : ''}${op.dryRun ? 'd' : ''}${op.sensitive ? 'x' : ''}`
  const auth = op.auth.map((a) => letterOf(AUTH, a)).join('')
  return [op.family, letterOf(PAGINATION, op.pagination), flags, auth].join(',')
}

/** The catalogue from its rows, in the order of `names`. */
export function operationsFromRows<N extends string>(
  names: readonly N[],
  rows: string,
): Record<N, OperationInfo> {
  const lines = rows.split(';')
  const out = {} as Record<N, OperationInfo>
  names.forEach((name, i) => {
    const [family = '', pagination = 'n', flags = '', auth = ''] = lines[i]!.split(',')
    const verb = verbOf(name)
    out[name] = {
      name,
      verb,
      family,
      pagination: PAGINATION[pagination]!,
      clientToken: flags.includes('c'),
      dryRun: flags.includes('d'),
      auth: [...auth].map((a) => AUTH[a]!),
      sensitive: flags.includes('x'),
      mutating: !(verb === 'Read' || verb === 'Check'),
    }
  })
  return out
}
