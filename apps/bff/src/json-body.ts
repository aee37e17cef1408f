// The JSON body reader of /api and /auth: a size limit, UTF-8, `JSON.parse`, and the console's own errors.
// Hand-written because it sits on every proxied call and the generic parser costs more than the rest of the path.
import { consoleError } from './errors.ts'
import type { NodeHandler } from './node-http.ts'

const UNITS: Record<string, number> = { b: 1, kb: 1024, mb: 1024 * 1024 }

/** '1mb', '100kb', '512' → bytes. */
export function parseByteSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(b|kb|mb)?$/i.exec(text.trim())
  if (!match)
    throw new Error(`"${text}" is not a size; use a number of bytes or a value such as 100kb or 1mb`)
  return Math.floor(Number(match[1]) * (UNITS[(match[2] ?? 'b').toLowerCase()] ?? 1))
}

export function jsonBody(limit: number): NodeHandler {
  return (req, _res, next) => {
    const length = req.headers['content-length']
    if (
      req.method === 'GET' ||
      req.method === 'HEAD' ||
      (length === undefined && !req.headers['transfer-encoding'])
    )
      return next()
    if (length !== undefined && Number(length) > limit) {
      req.resume()
      return next(
        consoleError(
          'invalid-request',
          413,
          `The request body is larger than the console accepts (${limit} bytes).`,
        ),
      )
    }
    const chunks: Buffer[] = []
    let size = 0
    let failed = false
    req.on('data', (chunk: Buffer) => {
      if (failed) return
      size += chunk.length
      if (size > limit) {
        failed = true
        next(
          consoleError(
            'invalid-request',
            413,
            `The request body is larger than the console accepts (${limit} bytes).`,
          ),
        )
        return
      }
      chunks.push(chunk)
    })
    req.on('error', (error) => {
      if (failed) return
      failed = true
      next(error)
    })
    req.on('end', () => {
      if (failed) return
      const text = Buffer.concat(chunks, size).toString('utf8')
      if (text.trim() === '') return next()
      try {
        req.body = JSON.parse(text) as unknown
      } catch {
        return next(
          consoleError('invalid-request', 400, 'The request body is not valid JSON.', {
            issues: [{ path: '', message: 'invalid JSON' }],
          }),
        )
      }
      next()
    })
  }
}
