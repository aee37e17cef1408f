// The HTTP front: POST /api/v1/<Action> (and /api/latest/<Action>) answered as the API does — authenticate,
// throttle, inject faults, validate, run the family handler — plus the loopback-only /_sim/* admin endpoints.
import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { catalogue, isActionName, requestSchemas } from '@osc-console/osc-api'
import type { ActionName } from '@osc-console/osc-api'
import { Authenticator } from './auth.ts'
import type { Caller } from './auth.ts'
import type { SimClock } from './clock.ts'
import type { Ctx } from './context.ts'
import { errorBody, OscError, oscError, sentinelError, statusError } from './errors.ts'
import { errorFor, faultsSchema, latencyFor, shouldDrop } from './faults.ts'
import type { Faults } from './faults.ts'
import { dispatch } from './handlers.ts'
import { LEGACY_OPERATIONS } from './legacy.ts'
import type { World } from './state.ts'
import { JsonCache } from './json-cache.ts'
import { Stats } from './stats.ts'
import { Throttle } from './throttle.ts'
import type { ThrottleSettings } from './throttle.ts'
import { parseAuthorization } from './sigv4.ts'
import { validateRequest } from './validate.ts'

export const MAX_BODY_BYTES = 1024 * 1024
const MAX_LOGS_PER_ACCOUNT = 20_000
/** ReadApiLogs' QueryPayloadRaw keeps the start of each request body: enough to show, bounded in memory. */
const MAX_LOGGED_PAYLOAD = 512

export interface EngineOptions {
  clock: SimClock
  strictRegion: boolean
  throttle: ThrottleSettings
  buildWorld: (seed: string) => World
  seed: string
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0)
  if (declared > limit) return Promise.reject(new BodyTooLarge())
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let settled = false
    req.on('data', (chunk: Buffer) => {
      if (settled) return
      size += chunk.length
      if (size > limit) {
        settled = true
        reject(new BodyTooLarge())
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => {
      if (!settled) {
        settled = true
        resolve(Buffer.concat(chunks))
      }
    })
    req.on('error', (err) => {
      if (!settled) {
        settled = true
        reject(err)
      }
    })
  })
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms))

function isLoopback(address: string | undefined): boolean {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1'
}

/** Every string value in a request body, to find ids named anywhere in it. */
function* strings(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value
  else if (Array.isArray(value)) for (const v of value) yield* strings(v)
  else if (value && typeof value === 'object') for (const v of Object.values(value)) yield* strings(v)
}

export class Engine {
  world: World
  readonly stats = new Stats()
  faults: Faults = {}
  private readonly json = new JsonCache()
  private readonly throttle: Throttle
  private readonly auth: Authenticator

  constructor(private readonly options: EngineOptions) {
    this.world = options.buildWorld(options.seed)
    this.throttle = new Throttle(options.throttle)
    this.auth = new Authenticator(() => this.world, options.clock, { strictRegion: options.strictRegion })
  }

  get clock(): SimClock {
    return this.options.clock
  }

  reset(seed: string = this.options.seed): void {
    this.world = this.options.buildWorld(seed)
    this.auth.reset()
    this.stats.reset()
    this.faults = {}
    this.throttle.configure(this.options.throttle)
  }

  advance(ms: number): number {
    const now = this.clock.advance(ms)
    this.world.tick()
    return now
  }

  setFaults(faults: Faults): void {
    this.faults = faults
    const base = this.options.throttle
    this.throttle.configure({
      enabled: faults.throttling ?? base.enabled,
      platform: faults.limits?.platform ?? base.platform,
      perAccount: faults.limits?.perAccount ?? base.perAccount,
      perCall: faults.limits?.perCall ?? base.perCall,
    })
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = req.url ?? '/'
    const q = url.indexOf('?')
    const rawPath = q < 0 ? url : url.slice(0, q)
    const rawQuery = q < 0 ? '' : url.slice(q + 1)
    if (rawPath.startsWith('/_sim/')) return this.admin(req, res, rawPath)
    const started = process.hrtime.bigint()
    const requestId = randomUUID()
    const match = /^\/api\/(?:v1|latest)\/([A-Za-z0-9]+)\/?$/.exec(rawPath)
    const action = match?.[1] ?? ''
    let caller: Caller | undefined
    let status = 200
    let payloadSize = 0
    let payload = ''
    try {
      if (!match) {
        throw oscError('unknownAction', `No such endpoint ${rawPath}: the API answers POST /api/v1/<Action>.`)
      }
      const legacy = LEGACY_OPERATIONS.get(action)
      if (!legacy && !isActionName(action)) {
        throw oscError('unknownAction', `"${action}" is not an operation of the OUTSCALE API.`)
      }
      if (req.method !== 'POST') {
        throw oscError('methodNotAllowed', `${req.method ?? ''} is not allowed: call POST /api/v1/${action}.`)
      }
      this.throttle.checkPlatform()
      let raw: Buffer
      try {
        raw = await readBody(req, MAX_BODY_BYTES)
      } catch (err) {
        if (err instanceof BodyTooLarge) {
          res.setHeader('Connection', 'close')
          throw oscError('bodyTooLarge', 'The request body is larger than 1 MiB.')
        }
        throw err
      }
      payloadSize = raw.length
      payload = raw.subarray(0, MAX_LOGGED_PAYLOAD).toString('utf8')
      caller = this.auth.authenticate(
        { method: req.method, rawPath, rawQuery, rawHeaders: req.rawHeaders, body: raw },
        req.headers.authorization,
        legacy ? legacy.auth : catalogue[action as ActionName].auth,
      )
      const body = this.parseBody(req, raw)
      if (caller) this.throttle.checkAccount(caller.accountId, action)
      if (legacy) {
        if (!caller) throw oscError('authFailed', 'This call needs credentials.')
        const answer = legacy.answer(body, caller.accountId, this.world)
        this.sendText(
          res,
          200,
          JSON.stringify({ ...answer, ResponseContext: { RequestId: requestId } }),
          requestId,
        )
        return
      }
      // Only the contract's operations go on from here (this narrows the type).
      if (!isActionName(action)) return
      const fault = await this.applyFaults(action, req, res, caller?.accountId)
      if (fault === 'dropped') return
      this.world.tick()
      const account = caller ? this.world.account(caller.accountId) : this.anonymousAccount(req)
      const parsed = validateRequest(requestSchemas[action], body)
      // Sentinels, on the validated request (bounded depth). Tag calls are exempt so the tag can be removed.
      if (account.sentinels.size > 0 && action !== 'CreateTags' && action !== 'DeleteTags') {
        for (const s of strings(parsed)) {
          const failWith = account.sentinels.get(s)
          if (failWith) throw sentinelError(failWith, `The resource ${s} is tagged sim:fail=${failWith}.`)
        }
      }
      const ctx: Ctx = {
        world: this.world,
        account,
        clock: this.clock,
        now: this.clock.now(),
        requestId,
        action,
        sourceIp: req.socket.remoteAddress ?? '',
        userAgent: String(req.headers['user-agent'] ?? ''),
        ...(caller?.accessKeyId ? { accessKeyId: caller.accessKeyId } : {}),
      }
      // DryRun: authenticated and validated above; answer the empty success without changing anything.
      // Bumped before the handler runs, so even a call that fails half-way leaves no stale cached JSON.
      if (catalogue[action].mutating && parsed.DryRun !== true) this.world.generation++
      const result = parsed.DryRun === true ? {} : dispatch(action, parsed, ctx)
      this.sendText(res, 200, this.json.answer(result, requestId, this.world.generation), requestId)
    } catch (err) {
      const oscErr = err instanceof OscError ? err : undefined
      if (!oscErr) console.error(`[sim] ${action || rawPath} failed:`, err)
      const e = oscErr ?? oscError('internal', 'The simulator failed to answer this call; see its log.')
      status = e.status
      for (const [k, v] of Object.entries(e.headers)) res.setHeader(k, v)
      this.send(res, e.status, errorBody(e, requestId), requestId)
    } finally {
      if (match) {
        this.stats.count(action, caller?.accountId ?? 'anonymous')
        const logged = caller ?? this.refusedCaller(req)
        if (logged) this.log(logged, action, req, status, requestId, started, payloadSize, payload)
      }
    }
  }

  /** A refused call still belongs in the api log of the account whose access key it named. */
  private refusedCaller(req: IncomingMessage): Caller | undefined {
    const header = req.headers.authorization
    if (!header || /^basic /i.test(header)) return undefined
    const parsed = parseAuthorization(header)
    const key = parsed.ok ? this.world.accessKeys.get(parsed.auth.accessKeyId) : undefined
    const account = key ? this.world.accounts.get(key.accountId) : undefined
    if (!key || !account) return undefined
    return {
      accountId: account.accountId,
      accessKeyId: key.accessKeyId,
      method: 'sigv4',
      region: account.region,
    }
  }

  private parseBody(req: IncomingMessage, raw: Buffer): unknown {
    const type = String(req.headers['content-type'] ?? '')
      .split(';')[0]
      ?.trim()
      .toLowerCase()
    if (type && type !== 'application/json' && !type.endsWith('+json')) {
      throw oscError('unsupportedMediaType', `Content-Type ${type} is not accepted: send application/json.`)
    }
    const text = raw.toString('utf8').trim()
    if (text === '') return {}
    let body: unknown
    try {
      body = JSON.parse(text)
    } catch {
      throw oscError('malformedJson', 'The request body is not valid JSON.')
    }
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      throw oscError('malformedJson', 'The request body must be a JSON object.')
    }
    return body
  }

  private anonymousAccount(req: IncomingMessage) {
    // Public calls carry no account: answer with the region the Host names, else the first account's.
    const host = String(req.headers.host ?? '')
    const accounts = [...this.world.accounts.values()]
    const byHost = accounts.find((a) => host.includes(a.region))
    const first = accounts[0]
    if (!first) throw new Error('the simulator has no account')
    return byHost ?? first
  }

  private async applyFaults(
    action: ActionName,
    req: IncomingMessage,
    res: ServerResponse,
    accountId: string | undefined,
  ) {
    const f = this.faults
    const delay = latencyFor(f, action)
    if (delay > 0) await sleep(delay)
    if (shouldDrop(f, action, Math.random)) {
      req.socket.destroy()
      res.destroy()
      return 'dropped' as const
    }
    const rule = errorFor(f, action, Math.random, accountId)
    if (rule) {
      const e = statusError(rule.status, rule.details ?? `Injected fault for ${action}.`)
      throw new OscError(
        { status: rule.status, code: rule.code ?? e.code, type: rule.type ?? e.type },
        rule.details ?? `Injected fault for ${action}.`,
      )
    }
    return 'none' as const
  }

  private log(
    caller: Caller,
    action: string,
    req: IncomingMessage,
    status: number,
    requestId: string,
    started: bigint,
    payloadSize: number,
    payload: string,
  ): void {
    const account = this.world.accounts.get(caller.accountId)
    if (!account) return
    let headerSize = 0
    for (const h of req.rawHeaders) headerSize += h.length + 2
    account.apiLogs.push({
      accessKey: caller.accessKeyId ?? '',
      callName: action,
      date: this.clock.now(),
      status,
      requestId,
      ip: req.socket.remoteAddress ?? '',
      userAgent: String(req.headers['user-agent'] ?? ''),
      durationUs: Number((process.hrtime.bigint() - started) / 1000n),
      payloadSize,
      payload,
      headerSize,
    })
    if (account.apiLogs.length > MAX_LOGS_PER_ACCOUNT)
      account.apiLogs.splice(0, account.apiLogs.length - MAX_LOGS_PER_ACCOUNT)
  }

  private send(res: ServerResponse, status: number, body: unknown, requestId: string): void {
    this.sendText(res, status, JSON.stringify(body), requestId)
  }

  private sendText(res: ServerResponse, status: number, text: string | Buffer, requestId: string): void {
    if (res.headersSent || res.destroyed) return
    res.writeHead(status, {
      'Content-Type': 'application/json',
      'Content-Length': Buffer.byteLength(text),
      'X-Request-Id': requestId,
    })
    res.end(text)
  }

  private async admin(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const reply = (status: number, body: unknown) => {
      const text = JSON.stringify(body)
      res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) })
      res.end(text)
    }
    if (!isLoopback(req.socket.remoteAddress)) {
      return reply(403, { error: 'The /_sim admin endpoints answer only on loopback.' })
    }
    let body: Record<string, unknown> = {}
    if (req.method === 'POST') {
      try {
        const raw = await readBody(req, MAX_BODY_BYTES)
        const text = raw.toString('utf8').trim()
        const parsed: unknown = text ? JSON.parse(text) : {}
        if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object')
        body = parsed as Record<string, unknown>
      } catch {
        return reply(400, { error: 'The body must be a JSON object.' })
      }
    }
    const route = `${req.method ?? ''} ${path.replace(/\/$/, '')}`
    switch (route) {
      case 'POST /_sim/reset': {
        const seed = body.seed ?? this.options.seed
        if (seed !== 'empty' && seed !== 'demo' && seed !== 'large') {
          return reply(400, { error: 'seed must be empty, demo or large.' })
        }
        this.reset(seed)
        return reply(200, { ok: true, seed, now: this.clock.iso() })
      }
      case 'POST /_sim/clock/advance': {
        const ms =
          typeof body.ms === 'number' ? body.ms : typeof body.seconds === 'number' ? body.seconds * 1000 : NaN
        if (!Number.isFinite(ms) || ms < 0)
          return reply(400, { error: 'Send {"ms": N} or {"seconds": N}, N ≥ 0.' })
        this.advance(ms)
        return reply(200, { now: this.clock.iso() })
      }
      case 'GET /_sim/clock':
        return reply(200, { now: this.clock.iso(), mode: this.clock.mode })
      case 'POST /_sim/faults': {
        const parsed = faultsSchema.safeParse(body)
        if (!parsed.success) {
          const issue = parsed.error.issues[0]
          return reply(400, {
            error: `Invalid faults: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim(),
          })
        }
        this.setFaults(parsed.data)
        return reply(200, { faults: this.faults })
      }
      case 'GET /_sim/faults':
        return reply(200, { faults: this.faults })
      case 'GET /_sim/stats':
        return reply(200, this.stats.snapshot())
      case 'POST /_sim/stats/reset':
        this.stats.reset()
        return reply(200, { ok: true })
      default:
        return reply(404, {
          error:
            'Unknown admin endpoint. Known: POST /_sim/reset, POST /_sim/clock/advance, GET /_sim/clock, POST|GET /_sim/faults, GET /_sim/stats, POST /_sim/stats/reset.',
        })
    }
  }
}
