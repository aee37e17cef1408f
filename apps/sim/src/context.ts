import type { ActionName, Request, Response } from '@osc-console/osc-api'
import type { SimClock } from './clock.ts'
import type { AccountState, World } from './state.ts'

/** What every handler gets beside its request. */
export interface Ctx {
  world: World
  account: AccountState
  clock: SimClock
  now: number
  requestId: string
  action: ActionName
  accessKeyId?: string
  sourceIp: string
  userAgent: string
}

/** A handler returns the response body without ResponseContext; the server adds the RequestId. */
export type Result<A extends ActionName> = Omit<Response<A>, 'ResponseContext'>
export type Handler<A extends ActionName> = (req: Request<A>, ctx: Ctx) => Result<A>
export type HandlerMap = { [A in ActionName]?: Handler<A> }
