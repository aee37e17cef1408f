export type Verb = string

export type Pagination = 'token' | 'firstItem' | 'none'

export type AuthKind = 'sigv4' | 'basic' | 'none'

/** What the console needs to know about one OUTSCALE operation, derived from the spec. */
export interface OperationInfo {
  name: string
  /** The leading word of the name: Create, Read, Update, Delete, Link, Unlink, Start, Stop, Reboot, Check, … */
  verb: Verb
  /** Resource family slug from the spec's tag, e.g. `vms`, `security-groups`, `load-balancers`, `consumption`. */
  family: string
  /** `token`: ResultsPerPage + NextPageToken; `firstItem`: FirstItem + ResultsPerPage; `none`. */
  pagination: Pagination
  clientToken: boolean
  dryRun: boolean
  auth: AuthKind[]
  /** May return secrets or private data: never shared between people, hidden from viewers. */
  sensitive: boolean
  /** Anything but Read* and Check*. */
  mutating: boolean
}
