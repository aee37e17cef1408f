// One error handler for every route: the documented error body, never a stack trace.
import { ConsoleError, consoleError } from './errors.ts'
import { pathOf, sendJson, type NodeRequest, type NodeResponse } from './node-http.ts'

export function sendError(res: NodeResponse, error: ConsoleError): void {
  const requestId = res.locals.requestId as string | undefined
  sendJson(res, error.status, { error: { ...error.body, ...(requestId ? { requestId } : {}) } })
}

interface BodyParserError {
  type?: string
  status?: number
  limit?: number
}

export function errorHandler(error: unknown, req: NodeRequest, res: NodeResponse, _next: unknown): void {
  if (res.headersSent) {
    res.destroy()
    return
  }
  if (error instanceof ConsoleError) return sendError(res, error)
  const parser = error as BodyParserError
  if (parser?.type === 'entity.too.large')
    return sendError(
      res,
      consoleError(
        'invalid-request',
        413,
        `The request body is larger than the console accepts (${parser.limit} bytes).`,
      ),
    )
  if (parser?.type === 'entity.parse.failed')
    return sendError(
      res,
      consoleError('invalid-request', 400, 'The request body is not valid JSON.', {
        issues: [{ path: '', message: 'invalid JSON' }],
      }),
    )
  if (parser?.type === 'encoding.unsupported' || parser?.type === 'charset.unsupported')
    return sendError(
      res,
      consoleError('invalid-request', 415, 'The request body encoding is not supported; send UTF-8 JSON.'),
    )
  // Express's router throws URIError for a path parameter it cannot decode (`/api/operations/%ZZ`).
  if (error instanceof URIError)
    return sendError(
      res,
      consoleError(
        'invalid-request',
        400,
        'The request path is not valid percent-encoding: a % must be followed by two hexadecimal digits. Correct the URL, or write a literal % as %25.',
      ),
    )
  const logger = res.locals.logger as { error(o: object, m: string): void } | undefined
  logger?.error({ err: error, path: pathOf(req) }, 'unhandled error')
  sendError(
    res,
    consoleError(
      'internal',
      500,
      'The console failed to handle this request. Try again; if it persists, give the request id to an administrator.',
    ),
  )
}
