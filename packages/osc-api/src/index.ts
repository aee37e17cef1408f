// The OUTSCALE API contract shared by the simulator, the BFF and the SPA.
import type { Actions } from './generated/types.ts'
import { actionNames } from './generated/catalogue.ts'
import type { ActionName } from './generated/catalogue.ts'

export type * from './generated/types.ts'
export type * from './console-api.ts'
export type { OperationInfo, Pagination, AuthKind, Verb } from './catalogue-types.ts'
export { actionNames, catalogue } from './generated/catalogue.ts'
export { requestSchemas, responseSchemas } from './generated/schemas.ts'
export type { ActionName } from './generated/catalogue.ts'
export {
  HIDDEN_SECRET,
  REDACTED_SECRET,
  replaceSecrets,
  secretFields,
  secretRequestPaths,
  secretResponsePaths,
} from './secrets.ts'
export { allocateCents } from './cents.ts'
export { OVERALL_ROLES, asksOverall, readsOverall } from './overall.ts'
export { SPEC_VERSION, SPEC_COMMIT, SPEC_SOURCE } from './pinned.ts'

/**
 * The User-Agent the console's backend sends OUTSCALE, followed by "/<version>": how its calls are told apart in
 * OUTSCALE's own API log (ReadApiLogs) from those of scripts and other tools using the same keys.
 */
export const CONSOLE_USER_AGENT = 'osc-console'

export type Request<A extends ActionName> = Actions[A]['request']
export type Response<A extends ActionName> = Actions[A]['response']

const names: ReadonlySet<string> = new Set(actionNames)
export function isActionName(value: string): value is ActionName {
  return names.has(value)
}

export const REGIONS = [
  'eu-west-2',
  'us-east-2',
  'us-west-1',
  'cloudgouv-eu-west-1',
  'ap-northeast-1',
] as const
/** A region's name; `Region` is the spec's object returned by ReadRegions. */
export type RegionName = (typeof REGIONS)[number]

/** The public endpoint of a region, e.g. https://api.eu-west-2.outscale.com */
export function regionEndpoint(region: string): string {
  return `https://api.${region}.outscale.com`
}
