// Mode `proxy`: an authenticating proxy in front (oauth2-proxy, …) signs people in and passes who they are in
// headers. Those headers are believed only from the configured proxy addresses: the direct peer of the TCP
// connection, never X-Forwarded-For, which anyone can write.
import { BlockList, isIP, isIPv6 } from 'node:net'
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http'
import type { ProxyAuthConfig } from './config.ts'
import type { Identity } from './identity.ts'
import { groupsFrom } from './oidc.ts'

export function trustedProxyList(entries: readonly string[]): BlockList {
  const list = new BlockList()
  for (const entry of entries) {
    const [address = '', prefix] = entry.split('/')
    const type = isIPv6(address) ? 'ipv6' : 'ipv4'
    if (prefix !== undefined) list.addSubnet(address, Number(prefix), type)
    else list.addAddress(address, type)
  }
  return list
}

/** The peer address in plain form: IPv4-mapped IPv6 (::ffff:127.0.0.1) becomes 127.0.0.1. */
export function peerAddress(remote: string | undefined): string {
  if (!remote) return ''
  return remote.startsWith('::ffff:') && remote.includes('.') ? remote.slice(7) : remote
}

export function isTrusted(list: BlockList, remote: string | undefined): boolean {
  const address = peerAddress(remote)
  if (!address) return false
  return list.check(address, isIPv6(address) ? 'ipv6' : 'ipv4')
}

/**
 * The address of the person's browser. The TCP peer, unless it is a trusted proxy: then the nearest address of
 * X-Forwarded-For that is not a trusted proxy. Each proxy appends the address it got the request from, so reading
 * from the right, past the trusted ones, never reaches what the client itself wrote at the left.
 */
export function clientAddress(req: IncomingMessage, proxies: BlockList): string {
  let client = peerAddress(req.socket.remoteAddress)
  if (!isTrusted(proxies, client)) return client
  const forwarded = req.headers['x-forwarded-for']
  const hops = (Array.isArray(forwarded) ? forwarded.join(',') : (forwarded ?? '')).split(',')
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = peerAddress(hops[i]!.trim())
    if (isIP(hop) === 0) break
    client = hop
    if (!isTrusted(proxies, hop)) break
  }
  return client
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const v = headers[name]
  const s = Array.isArray(v) ? v[0] : v
  return s && s.trim() !== '' ? s.trim() : undefined
}

export function carriesIdentityHeaders(headers: IncomingHttpHeaders, config: ProxyAuthConfig): boolean {
  return [config.userHeader, config.emailHeader, config.groupsHeader, config.nameHeader]
    .filter((h): h is string => h !== undefined)
    .some((h) => headers[h] !== undefined)
}

/** The person named by a trusted proxy's headers, or undefined when it named nobody. */
export function identityFromHeaders(
  headers: IncomingHttpHeaders,
  config: ProxyAuthConfig,
): Identity | undefined {
  const user = header(headers, config.userHeader)
  const email = header(headers, config.emailHeader)
  const subject = user ?? email
  if (!subject) return undefined
  const identity: Identity = {
    issuer: 'proxy',
    subject,
    groups: groupsFrom(header(headers, config.groupsHeader)),
  }
  if (email) identity.email = email
  const name = config.nameHeader ? header(headers, config.nameHeader) : undefined
  if (name) identity.name = name
  return identity
}
