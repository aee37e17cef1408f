// The session cookie: its name and attributes follow from the public URL. HTTPS gets the `__Host-` prefix and
// Secure; plain http is accepted only on a loopback host (development), where the plain name is used unless
// the operator opts into the production name (browsers keep Secure cookies on http://localhost).
import type { ServerResponse } from 'node:http'
import { appendSetCookie } from '../node-http.ts'

export interface CookiePolicy {
  name: string
  secure: boolean
}

const LOOPBACK_V4 = /^127\.\d+\.\d+\.\d+$/

/** localhost, ::1 (bracketed or not) or 127.x.x.x. On every proxied call without sign-in: no string is built. */
export function isLoopbackHostname(hostname: string): boolean {
  const start = hostname.startsWith('[') ? 1 : 0
  const end = hostname.endsWith(']') ? hostname.length - 1 : hostname.length
  const bare = start === 0 && end === hostname.length ? hostname : hostname.slice(start, end)
  return bare === 'localhost' || bare === '::1' || LOOPBACK_V4.test(bare)
}

export function cookiePolicy(publicUrl: string, secureOnLoopback = false): CookiePolicy {
  const url = new URL(publicUrl)
  if (url.protocol === 'https:') return { name: '__Host-osc-console', secure: true }
  if (url.protocol === 'http:' && isLoopbackHostname(url.hostname)) {
    return secureOnLoopback
      ? { name: '__Host-osc-console', secure: true }
      : { name: 'osc-console', secure: false }
  }
  throw new Error(
    `publicUrl ${publicUrl} is plain http on a host other than localhost: sign-in cookies would travel in clear. Serve the console over https (publicUrl https://…) or use http://localhost for development.`,
  )
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined
  for (const part of header.split(';')) {
    const eq = part.indexOf('=')
    if (eq < 0) continue
    if (part.slice(0, eq).trim() === name) {
      const value = part.slice(eq + 1).trim()
      return value === '' ? undefined : value
    }
  }
  return undefined
}

const attributesOf = (policy: CookiePolicy) =>
  `; Path=/; HttpOnly${policy.secure ? '; Secure' : ''}; SameSite=Lax`

export function setSessionCookie(res: ServerResponse, policy: CookiePolicy, value: string): void {
  // No Max-Age: the server decides when a session ends (idle and absolute limits); the browser drops it on exit.
  appendSetCookie(res, `${policy.name}=${encodeURIComponent(value)}${attributesOf(policy)}`)
}

export function clearSessionCookie(res: ServerResponse, policy: CookiePolicy): void {
  appendSetCookie(res, `${policy.name}=; Expires=Thu, 01 Jan 1970 00:00:00 GMT${attributesOf(policy)}`)
}

/**
 * The cookie that ties a sign-in in progress to the browser that started it: it holds the flow's OAuth state, and
 * the callback is accepted only with it. Without it, a person sent someone else's callback link would be signed in
 * as that someone. Named and secured like the session cookie; SameSite=Lax so it comes back with the IdP's redirect.
 */
export function signInCookieName(policy: CookiePolicy): string {
  return policy.secure ? '__Host-osc-console-sign-in' : 'osc-console-sign-in'
}

export function setSignInCookie(
  res: ServerResponse,
  policy: CookiePolicy,
  state: string,
  maxAgeMs: number,
): void {
  appendSetCookie(
    res,
    `${signInCookieName(policy)}=${encodeURIComponent(state)}; Max-Age=${Math.floor(maxAgeMs / 1000)}${attributesOf(policy)}`,
  )
}

export function clearSignInCookie(res: ServerResponse, policy: CookiePolicy): void {
  appendSetCookie(res, `${signInCookieName(policy)}=; Max-Age=0${attributesOf(policy)}`)
}
