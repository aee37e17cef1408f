// What the console's handlers use of node's request and response objects. The proxy's route is served without
// Express (see app.ts), so everything it reaches keeps to node's own API: giving node's objects Express's
// prototypes on each call made every later step of node's HTTP code slower and cost about a quarter of the proxy's
// CPU. Express's objects are node's objects too, so these helpers serve every route alike.
import type { IncomingMessage, ServerResponse } from 'node:http'

export type NodeRequest = IncomingMessage & { body?: unknown }
export type NodeResponse = ServerResponse & { locals: Record<string, unknown> }

/** One request header as a string (node joins repeated ones, except Set-Cookie, which requests do not carry). */
export function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name]
  return Array.isArray(value) ? value.join(', ') : value
}

/** The path of the request, without its query. */
export function pathOf(req: IncomingMessage): string {
  const url = req.url ?? '/'
  const query = url.indexOf('?')
  return query < 0 ? url : url.slice(0, query)
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.statusCode = status
  res.setHeader('Content-Type', 'application/json; charset=utf-8')
  res.setHeader('Content-Length', Buffer.byteLength(text))
  res.end(text)
}

/** Adds a Set-Cookie line to those the answer already carries. */
export function appendSetCookie(res: ServerResponse, cookie: string): void {
  const existing = res.getHeader('Set-Cookie')
  const lines = existing === undefined ? [] : Array.isArray(existing) ? existing : [String(existing)]
  res.setHeader('Set-Cookie', [...lines, cookie])
}

/** A middleware written against node's objects: Express can mount it, and the proxy's route calls it directly. */
export type NodeHandler = (
  req: NodeRequest,
  res: NodeResponse,
  next: (error?: unknown) => void,
) => void | Promise<void>
