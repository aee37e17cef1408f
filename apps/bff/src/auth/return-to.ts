// Where to send a person after sign-in: a path of this console only, never another site (no open redirect).

/** Returns the safe relative path, or undefined when `value` points anywhere but this origin. */
export function safeReturnTo(value: unknown, publicUrl: string): string | undefined {
  if (value === undefined || value === '') return '/'
  if (typeof value !== 'string' || value.length > 2000) return undefined
  // Only a path: no scheme, no protocol-relative //host, no backslash tricks, no control characters.
  if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\') || hasControlCharacter(value))
    return undefined
  const base = new URL(publicUrl)
  let resolved: URL
  try {
    resolved = new URL(value, base)
  } catch {
    return undefined
  }
  if (resolved.origin !== base.origin) return undefined
  if (resolved.pathname.startsWith('/auth/')) return '/'
  return `${resolved.pathname}${resolved.search}${resolved.hash}`
}

function hasControlCharacter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 0x20 || c === 0x7f) return true
  }
  return false
}
