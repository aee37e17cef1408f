export { startIdp, DEFAULT_CLIENT } from './provider.ts'
export type { IdpClient, RunningIdp, StartIdpOptions } from './provider.ts'
export { DEMO_USERS, DEMO_PASSWORD } from './users.ts'
export type { DemoUser } from './users.ts'
