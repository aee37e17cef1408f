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

/**
 * A request parameter's shape, as the explorer's generated forms need it: what input to draw and what to check
 * before sending. Bounds come from the spec's prose ("between `1` and `1000`"), which has no minimum/maximum.
 */
export type RequestFieldKind =
  | { type: 'string'; enum?: string[]; pattern?: string; maxLength?: number; formats?: string[] }
  | { type: 'integer' | 'number'; min?: number; max?: number }
  | { type: 'boolean' }
  | { type: 'array'; items: RequestFieldKind }
  /** A named object of `requestObjects`. */
  | { type: 'object'; name: string }
  | { type: 'record'; values: RequestFieldKind }
  /** Anything the form cannot draw field by field: typed as JSON. */
  | { type: 'json' }

export interface RequestField {
  name: string
  required?: true
  kind: RequestFieldKind
  /** The spec's description, plain text with `code` spans and [links](…). */
  description?: string
  default?: unknown
}

/** An object of a request, by its schema name (`CreateVmsRequest`, `FiltersVm`, `BlockDeviceMappingVmCreation`). */
export interface RequestObject {
  fields: RequestField[]
}

/** A family's request table: its objects by schema name, and what each of its calls does in the spec's words. */
export interface RequestForms {
  requestObjects: Record<string, RequestObject>
  operationDescriptions: Partial<Record<string, string>>
}
