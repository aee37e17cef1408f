// The one place that talks HTTP to the BFF: same-origin, JSON, the CSRF header on every call, and every
// failure turned into an ApiError. Session expiry and throttling are reported to listeners the app installs.
import { ApiError } from './errors.ts'

export interface ApiConfig {
  /** Prefix for every path; '' in the browser (same origin), a full origin in tests. */
  baseUrl: string
  fetch: typeof fetch
  /** Called once per 401 session-expired answer, with the sign-in URL the BFF proposed. */
  onSessionExpired: (error: ApiError) => void
  /** Called on every throttled answer so polling can slow down. */
  onThrottled: (error: ApiError) => void
}

const config: ApiConfig = {
  baseUrl: '',
  fetch: (...args) => globalThis.fetch(...args),
  onSessionExpired: () => {},
  onThrottled: () => {},
}

export function configureApi(changes: Partial<ApiConfig>): void {
  Object.assign(config, changes)
}

export interface ApiResult<T> {
  body: T
  headers: Headers
}

export interface ApiRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE'
  body?: unknown
  signal?: AbortSignal
}

export async function apiRequest<T>(path: string, request: ApiRequest = {}): Promise<ApiResult<T>> {
  const method = request.method ?? (request.body === undefined ? 'GET' : 'POST')
  const headers: Record<string, string> = { Accept: 'application/json', 'X-Requested-With': 'osc-console' }
  const sendsBody = method !== 'GET'
  if (sendsBody) headers['Content-Type'] = 'application/json'
  let response: globalThis.Response
  try {
    response = await config.fetch(config.baseUrl + path, {
      method,
      headers,
      credentials: 'same-origin',
      body: sendsBody ? JSON.stringify(request.body ?? {}) : undefined,
      signal: request.signal,
    })
  } catch (cause) {
    if (request.signal?.aborted) throw cause
    throw ApiError.network(cause)
  }
  const text = await response.text()
  let parsed: unknown = undefined
  if (text) {
    try {
      parsed = JSON.parse(text)
    } catch {
      parsed = undefined
    }
  }
  if (!response.ok) {
    const error = ApiError.fromBody(
      parsed,
      response.status,
      response.headers.get('X-Request-Id') ?? undefined,
    )
    if (error.kind === 'session-expired') config.onSessionExpired(error)
    if (error.kind === 'throttled') config.onThrottled(error)
    throw error
  }
  if (parsed === undefined && text) {
    throw ApiError.fromBody(undefined, 502, response.headers.get('X-Request-Id') ?? undefined)
  }
  return { body: parsed as T, headers: response.headers }
}

/** The sign-in URL for a 401: the BFF's own proposal, else /auth/login back to `returnTo`. */
export function loginUrl(returnTo: string, error?: ApiError): string {
  if (error?.login) return error.login
  return `/auth/login?returnTo=${encodeURIComponent(returnTo)}`
}
