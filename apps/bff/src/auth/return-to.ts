// Where to send a person after sign-in: a path of this console only, never another site (no open redirect).

/**
 * Returns the safe relative path, or undefined when `value` points anywhere but this origin. The check applies to
 * what is finally returned as well as to the input: resolving `/.//evil.example` or `/%2e%2e//x` yields
 * `//evil.example`, which a browser reads as another host.
 */
export function safeReturnTo(value: unknown, publicUrl: string): string | undefined {
  if (value === undefined || value === '') return '/'
  if (typeof value !== 'string' || value.length > 2000) return undefined
  const base = new URL(publicUrl)
  if (!isPathOf(value, base)) return undefined
  const resolved = new URL(value, base)
  if (resolved.pathname.startsWith('/auth/')) return '/'
  const returned = `${resolved.pathname}${resolved.search}${resolved.hash}`
  return isPathOf(returned, base) ? returned : undefined
}

/** A path on `base`'s origin: no scheme, no protocol-relative //host, no backslash, no control character. */
function isPathOf(path: string, base: URL): boolean {
  if (!path.startsWith('/') || path.startsWith('//') || path.includes('\\') || hasControlCharacter(path))
    return false
  try {
    return new URL(path, base).origin === base.origin
  } catch {
    return false
  }
}

function hasControlCharacter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 0x20 || c === 0x7f) return true
  }
  return false
}
