// A real HTTP hop between the console and the simulator that can answer a planned call with an error — before
// forwarding it (the call never reached OUTSCALE) or after (OUTSCALE applied it but the answer was lost) — and
// records every attempt it sees. Deterministic where a fault rate would be random.
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface PlannedFault {
  status: number
  code?: string
  type?: string
  headers?: Record<string, string>
  /** Forward to the simulator first, then replace its answer: the change happened, the answer is lost. */
  afterForward?: boolean
  /** Close the connection instead of answering. */
  drop?: boolean
}

export interface Attempt {
  action: string
  body: string
  headers: http.IncomingHttpHeaders
}

export interface FaultFront {
  url: string
  attempts: Attempt[]
  /** The next calls of `action` get these faults in order; later calls pass through. */
  plan(action: string, faults: PlannedFault[]): void
  attemptsOf(action: string): Attempt[]
  /** Holds every call of `action` until release(): a way to have calls surely in flight. */
  hold(action: string): { waiting(): number; release(): void }
  /** The most calls of `action` that were in flight at once. */
  peakInFlight(action: string): number
  close(): Promise<void>
}

export async function startFaultFront(target: string): Promise<FaultFront> {
  const plans = new Map<string, PlannedFault[]>()
  const held = new Map<string, Array<() => void>>()
  const inFlight = new Map<string, number>()
  const peaks = new Map<string, number>()
  const attempts: Attempt[] = []
  const upstream = new URL(target)
  const agent = new http.Agent({ keepAlive: true })

  function forward(
    req: http.IncomingMessage,
    body: Buffer,
  ): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
    return new Promise((resolve, reject) => {
      const out = http.request(
        {
          hostname: upstream.hostname,
          port: upstream.port,
          path: req.url,
          method: req.method,
          headers: req.headers,
          agent,
        },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (c: Buffer) => chunks.push(c))
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
          )
          res.on('error', reject)
        },
      )
      out.on('error', reject)
      out.end(body)
    })
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', async () => {
      const body = Buffer.concat(chunks)
      const action = (req.url ?? '').split('/').pop() ?? ''
      attempts.push({ action, body: body.toString('utf8'), headers: req.headers })
      const current = (inFlight.get(action) ?? 0) + 1
      inFlight.set(action, current)
      peaks.set(action, Math.max(peaks.get(action) ?? 0, current))
      res.on('close', () => inFlight.set(action, (inFlight.get(action) ?? 1) - 1))
      const queue = held.get(action)
      if (queue) await new Promise<void>((resolve) => queue.push(resolve))
      const fault = plans.get(action)?.shift()
      try {
        if (!fault) {
          const answer = await forward(req, body)
          res.writeHead(answer.status, answer.headers)
          res.end(answer.body)
          return
        }
        if (fault.afterForward) await forward(req, body)
        if (fault.drop) {
          req.socket.destroy()
          return
        }
        res.writeHead(fault.status, { 'Content-Type': 'application/json', ...fault.headers })
        res.end(
          JSON.stringify({
            Errors: [
              {
                Code: fault.code ?? '0',
                Type: fault.type ?? 'InjectedFault',
                Details: 'injected by the test',
              },
            ],
            ResponseContext: { RequestId: `injected-${attempts.length}` },
          }),
        )
      } catch {
        res.writeHead(502)
        res.end()
      }
    })
  })
  server.keepAliveTimeout = 5000
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    attempts,
    plan: (action, faults) => plans.set(action, [...faults]),
    attemptsOf: (action) => attempts.filter((a) => a.action === action),
    peakInFlight: (action) => peaks.get(action) ?? 0,
    hold(action) {
      const queue: Array<() => void> = []
      held.set(action, queue)
      return {
        waiting: () => queue.length,
        release() {
          held.delete(action)
          for (const resolve of queue.splice(0)) resolve()
        },
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        agent.destroy()
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
