// The one table that says which OUTSCALE status, code and type the simulator answers for each failure.
// Codes 0–25 come from the API's errors page; 3001/7000 are the codes the API gives for an unknown or a missing
// parameter; 4xxx, 5xxx, 6xxx, 9xxx and 10xxx names come from gateway_errors.yaml.
export interface ErrorSpec {
  status: number
  code: string
  type: string
}

export const ERRORS = {
  // Request shape (before authentication)
  unknownAction: { status: 404, code: '0', type: 'DefaultError' }, // no documented code: closest is DefaultError
  methodNotAllowed: { status: 405, code: '2', type: 'AccessDenied' }, // ErrorHttpMethodNotAllowed
  unsupportedMediaType: { status: 415, code: '0', type: 'DefaultError' },
  bodyTooLarge: { status: 413, code: '0', type: 'DefaultError' },
  malformedJson: { status: 400, code: '4095', type: 'InvalidParameterValue' }, // validation-error
  // Authentication
  authFailed: { status: 401, code: '1', type: 'AccessDenied' }, // ErrorAuthenticationFailed
  notAuthorized: { status: 401, code: '5', type: 'AccessDenied' }, // ErrorNotAuthorized
  basicNotAllowed: { status: 401, code: '9', type: 'AuthFailure' }, // login/password not allowed for this call
  missingLoginPassword: { status: 403, code: '10', type: 'MissingLoginPassword' },
  unknownAuthType: { status: 401, code: '12', type: 'AccessDenied' }, // ErrorUnknownAuthorizationType
  temporarilyLocked: { status: 401, code: '13', type: 'AccessDenied' }, // ErrorTemporaryBruteForceAccessLocked
  // Throttling
  throttledPlatform: { status: 503, code: '6', type: 'AccessDenied' }, // ErrorOperationThrottled
  throttledAccount: { status: 429, code: '24', type: 'AccessDenied' }, // ErrorOperationThrottledPerAccount
  throttledCall: { status: 429, code: '25', type: 'AccessDenied' }, // ErrorOperationThrottledPerCall
  // Validation (zod issue → code)
  unknownParameter: { status: 400, code: '3001', type: 'InvalidParameter' },
  missingParameter: { status: 400, code: '7000', type: 'MissingParameter' },
  invalidParameterType: { status: 400, code: '4108', type: 'InvalidParameterValue' }, // invalid-parameter-type
  invalidParameterValue: { status: 400, code: '4047', type: 'InvalidParameterValue' }, // invalid-parameter-value
  invalidParameterValueLength: { status: 400, code: '4106', type: 'InvalidParameterValue' }, // invalid-parameter-value-length
  invalidParametersValue: { status: 400, code: '4111', type: 'InvalidParameterValue' }, // invalid-parameters-value
  invalidIdPrefix: { status: 400, code: '4104', type: 'InvalidParameterValue' }, // invalid-id-prefix
  malformedId: { status: 400, code: '4105', type: 'InvalidParameterValue' }, // malformed-id
  invalidFilter: { status: 400, code: '4023', type: 'InvalidParameterValue' }, // invalid-filter
  invalidRange: { status: 400, code: '4056', type: 'InvalidParameterValue' }, // invalid-range
  invalidToken: { status: 400, code: '4091', type: 'InvalidParameterValue' }, // token-mismatch
  invalidKey: { status: 400, code: '4032', type: 'InvalidParameterValue' }, // invalid-key
  invalidKeypairName: { status: 400, code: '4035', type: 'InvalidParameterValue' },
  invalidTagKey: { status: 400, code: '4069', type: 'InvalidParameterValue' },
  invalidIpAddress: { status: 400, code: '4030', type: 'InvalidParameterValue' },
  invalidVolumeSize: { status: 400, code: '4078', type: 'InvalidParameterValue' },
  invalidDeviceName: { status: 400, code: '4019', type: 'InvalidParameterValue' },
  invalidLbName: { status: 400, code: '4036', type: 'InvalidParameterValue' },
  invalidProtocol: { status: 400, code: '4053', type: 'InvalidParameterValue' },
  // Not found (InvalidResource)
  noSuchResource: { status: 400, code: '5044', type: 'InvalidResource' },
  noSuchVm: { status: 400, code: '5063', type: 'InvalidResource' },
  noSuchVolume: { status: 400, code: '5064', type: 'InvalidResource' },
  noSuchSnapshot: { status: 400, code: '5054', type: 'InvalidResource' },
  noSuchImage: { status: 400, code: '5023', type: 'InvalidResource' },
  noSuchVmType: { status: 400, code: '5024', type: 'InvalidResource' },
  noSuchGroup: { status: 400, code: '5020', type: 'InvalidResource' },
  noSuchKeypair: { status: 400, code: '5071', type: 'InvalidResource' },
  noSuchLoadBalancer: { status: 400, code: '5030', type: 'InvalidResource' },
  noSuchListener: { status: 400, code: '5028', type: 'InvalidResource' },
  noSuchIp: { status: 400, code: '5025', type: 'InvalidResource' },
  noSuchNet: { status: 400, code: '5065', type: 'InvalidResource' },
  noSuchSubnet: { status: 400, code: '5057', type: 'InvalidResource' },
  noSuchGateway: { status: 400, code: '5019', type: 'InvalidResource' },
  noSuchRouteTable: { status: 400, code: '5046', type: 'InvalidResource' },
  noSuchRoute: { status: 400, code: '5045', type: 'InvalidResource' },
  noSuchNic: { status: 400, code: '5036', type: 'InvalidResource' },
  noSuchSubregion: { status: 400, code: '5009', type: 'InvalidResource' },
  noSuchKey: { status: 400, code: '5027', type: 'InvalidResource' },
  noSuchType: { status: 400, code: '5059', type: 'InvalidResource' },
  noSuchStickyPolicy: { status: 400, code: '5056', type: 'InvalidResource' },
  noSuchAttachment: { status: 400, code: '5007', type: 'InvalidResource' },
  // Invalid state
  invalidState: { status: 409, code: '6003', type: 'InvalidState' },
  invalidVmState: { status: 409, code: '6006', type: 'InvalidState' },
  invalidVolumeState: { status: 409, code: '6007', type: 'InvalidState' },
  // Conflicts
  alreadyExists: { status: 409, code: '9000', type: 'ResourceConflict' },
  busy: { status: 409, code: '9002', type: 'ResourceConflict' },
  deviceInUse: { status: 409, code: '9004', type: 'ResourceConflict' },
  duplicateCidr: { status: 409, code: '9005', type: 'ResourceConflict' },
  duplicateGroup: { status: 409, code: '9008', type: 'ResourceConflict' },
  duplicateKey: { status: 409, code: '9011', type: 'ResourceConflict' },
  duplicateListener: { status: 409, code: '9012', type: 'ResourceConflict' },
  duplicateLbName: { status: 409, code: '9013', type: 'ResourceConflict' },
  duplicateName: { status: 409, code: '9015', type: 'ResourceConflict' },
  duplicateStickyPolicy: { status: 409, code: '9021', type: 'ResourceConflict' },
  gatewayAlreadyAttached: { status: 409, code: '9024', type: 'ResourceConflict' },
  gatewayNotAttached: { status: 409, code: '9026', type: 'ResourceConflict' },
  groupAlreadyExists: { status: 409, code: '9028', type: 'ResourceConflict' },
  neverStarted: { status: 409, code: '9039', type: 'ResourceConflict' }, // acting on a VM still pending
  noKeypairAssociated: { status: 409, code: '9042', type: 'ResourceConflict' },
  routeAlreadyExists: { status: 409, code: '9052', type: 'ResourceConflict' },
  subnetConflict: { status: 409, code: '9058', type: 'ResourceConflict' },
  subnetIsAssociated: { status: 409, code: '9059', type: 'ResourceConflict' },
  vpcIsAssociated: { status: 409, code: '9066', type: 'ResourceConflict' },
  volumeNotInUse: { status: 409, code: '9063', type: 'ResourceConflict' },
  // Dependency problems (the API's 1xxx family answers 424)
  dependencyProblem: { status: 409, code: '9004', type: 'ResourceConflict' },
  // Quotas (TooManyResources)
  tooManyResources: { status: 400, code: '10010', type: 'TooManyResources (QuotaExceded)' },
  tooManyInstances: { status: 400, code: '10010', type: 'TooManyResources (QuotaExceded)' },
  tooManyCores: { status: 400, code: '10029', type: 'TooManyResources (QuotaExceded)' },
  tooMuchMemory: { status: 400, code: '10042', type: 'TooManyResources (QuotaExceded)' },
  tooManyIps: { status: 400, code: '10011', type: 'TooManyResources (QuotaExceded)' },
  tooManyLoadBalancers: { status: 400, code: '10014', type: 'TooManyResources (QuotaExceded)' },
  tooManyVolumes: { status: 400, code: '10018', type: 'TooManyResources (QuotaExceded)' },
  tooMuchVolumeSize: { status: 400, code: '10024', type: 'TooManyResources (QuotaExceded)' },
  tooManySnapshots: { status: 400, code: '10026', type: 'TooManyResources (QuotaExceded)' },
  tooManySgs: { status: 400, code: '10038', type: 'TooManyResources (QuotaExceded)' },
  tooManySgRules: { status: 400, code: '10017', type: 'TooManyResources (QuotaExceded)' },
  tooManyVpcs: { status: 400, code: '10022', type: 'TooManyResources (QuotaExceded)' },
  tooManyIgws: { status: 400, code: '10023', type: 'TooManyResources (QuotaExceded)' },
  tooManyNics: { status: 400, code: '10015', type: 'TooManyResources (QuotaExceded)' },
  tooManyRtbs: { status: 400, code: '10037', type: 'TooManyResources (QuotaExceded)' },
  tooManyAccessKeys: { status: 400, code: '10005', type: 'TooManyResources (QuotaExceded)' },
  tooManyTags: { status: 400, code: '10041', type: 'TooManyResources (QuotaExceded)' },
  // Failures the simulator injects on purpose (faults, sentinels) and its own bugs
  injected: { status: 500, code: '0', type: 'DefaultError' },
  internal: { status: 500, code: '0', type: 'DefaultError' },
} as const satisfies Record<string, ErrorSpec>

export type ErrorName = keyof typeof ERRORS

/** A failure the simulator answers as an OUTSCALE error body. */
export class OscError extends Error {
  readonly status: number
  readonly code: string
  readonly type: string
  readonly details: string
  /** Extra HTTP headers to send with this error (e.g. Retry-After on throttling). */
  readonly headers: Record<string, string>

  constructor(spec: ErrorSpec, details: string, headers: Record<string, string> = {}) {
    super(`${spec.type} ${spec.code}: ${details}`)
    this.status = spec.status
    this.code = spec.code
    this.type = spec.type
    this.details = details
    this.headers = headers
  }
}

export function oscError(name: ErrorName, details: string, headers?: Record<string, string>): OscError {
  return new OscError(ERRORS[name], details, headers)
}

/** An error with an explicit HTTP status (fault injection, sentinels). */
export function statusError(status: number, details: string): OscError {
  const known = Object.values(ERRORS).find((e: ErrorSpec) => e.status === status)
  const spec: ErrorSpec = known ?? { status, code: '0', type: 'DefaultError' }
  return new OscError({ ...spec, status }, details)
}

/**
 * The failure a `sim:fail=<status>` sentinel answers: a plain server failure for 5xx (status kept, OUTSCALE's
 * DefaultError code 0), never a throttling code that a 503 would otherwise pick, so the console shows the call
 * as failed rather than rate-limited. Throttling is injected through /_sim/faults instead.
 */
export function sentinelError(status: number, details: string): OscError {
  if (status >= 500) return new OscError({ ...ERRORS.internal, status }, details)
  return statusError(status, details)
}

/** Details quote the value they refuse; a refused 900 KB value must not come back whole in every answer. */
export const MAX_DETAILS = 1_000

export function errorBody(err: OscError, requestId: string): unknown {
  const details = err.details.length > MAX_DETAILS ? `${err.details.slice(0, MAX_DETAILS - 1)}…` : err.details
  return {
    Errors: [{ Code: err.code, Type: err.type, Details: details }],
    ResponseContext: { RequestId: requestId },
  }
}
