// What a request carries from one handler to the next (res.locals): its id, and its logger made on first use.
import type { Logger } from './logger.ts'

/**
 * Most calls succeed without logging anything at the configured level, and a pino child (bindings, redaction) per
 * request showed in profiles: the child is made the first time a handler logs. The getter lives on the prototype,
 * so a request costs one small object rather than a property definition.
 */
export class RequestLocals {
  [key: string]: unknown
  #logger: Logger | undefined
  readonly #base: Logger

  constructor(
    readonly requestId: string,
    base: Logger,
  ) {
    this.#base = base
  }

  get logger(): Logger {
    return (this.#logger ??= this.#base.child({ requestId: this.requestId }))
  }
}

/** A proxied call on the fast path: also when it began, for Server-Timing and the access metrics. */
export class OscLocals extends RequestLocals {
  constructor(
    requestId: string,
    base: Logger,
    readonly started: number,
  ) {
    super(requestId, base)
  }
}
