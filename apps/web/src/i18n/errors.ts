// What an error means and what to do, in the reader's language, from its kind; the text it came with (OUTSCALE's
// own message, or the console server's) is kept as it was sent and shown under the explanation, never translated.
import { plainMessages, toApiError, type ErrorKind } from '@osc-console/data'
import type { MessageId } from './catalog.ts'
import { text, type Text } from './text.ts'

const explanations: Record<ErrorKind, MessageId> = {
  'invalid-request': 'error.invalid-request',
  'not-allowed': 'error.not-allowed',
  'session-expired': 'error.session-expired',
  'unknown-account': 'error.unknown-account',
  'unknown-action': 'error.unknown-action',
  'credentials-refused': 'error.credentials-refused',
  throttled: 'error.throttled',
  'not-found': 'error.not-found',
  'invalid-state': 'error.invalid-state',
  conflict: 'error.conflict',
  'quota-exceeded': 'error.quota-exceeded',
  unreachable: 'error.unreachable',
  timeout: 'error.timeout',
  'upstream-error': 'error.upstream-error',
  'unknown-outcome': 'error.unknown-outcome',
  internal: 'error.internal',
}

export interface ErrorText {
  /** What happened and what to do, to be translated where it is shown. */
  explanation: Text
  /** The words the error came with, exactly as sent, when they say more than the explanation. */
  original?: {
    text: string
    /** Who wrote them: OUTSCALE (then `code` and `type` are its error code and type) or the console server. */
    from: 'outscale' | 'console'
    code?: string
    type?: string
  }
}

export function errorText(error: unknown): ErrorText {
  const apiError = toApiError(error)
  // Status 0: the browser never got an answer, so it is the console server, not OUTSCALE, that is out of reach.
  const explanation =
    apiError.kind === 'unreachable' && apiError.status === 0
      ? text('error.network')
      : text(explanations[apiError.kind])
  const plain = plainMessages[apiError.kind]
  const saysNothingMore =
    apiError.message === plain || apiError.message === `${plain} (HTTP ${apiError.status})`
  if (saysNothingMore || !apiError.message) return { explanation }
  const o = apiError.outscale
  return {
    explanation,
    original: {
      text: apiError.message,
      from: apiError.source,
      ...(o?.code ? { code: o.code } : {}),
      ...(o?.type ? { type: o.type } : {}),
    },
  }
}
