// Parameters that carry secrets never reach a log line, an audit record or an error.
const SECRET_KEY = /password|secret|privatekey|private_key|userdata|token|authorization|cookie|accesskey/i

export function redactParams(value: unknown, depth = 0): unknown {
  if (depth > 8) return '[…]'
  if (Array.isArray(value)) return value.map((item) => redactParams(item, depth + 1))
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(value)) {
      out[key] =
        SECRET_KEY.test(key) && key !== 'ClientToken' && key !== 'NextPageToken'
          ? '[redacted]'
          : redactParams(item, depth + 1)
    }
    return out
  }
  return value
}

/** A short, secret-free rendering of a call's parameters for the audit log. */
export function paramsDigest(params: unknown, max = 1000): string {
  const text = JSON.stringify(redactParams(params ?? {}))
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}
