// The one place that says which OUTSCALE API description the contract is generated from.
// To move to a newer spec: copy it to ../shared/oapi/, update these three values, run `pnpm generate`.
export const SPEC_VERSION = '1.40.1'
export const SPEC_COMMIT = '56e948e208ae511b1330728656e6e31aa2f43e59'
export const SPEC_SOURCE = 'https://github.com/outscale/osc-api/blob/56e948e2/outscale.yaml'
