// The console answers only requests addressed to its public host, and accepts a state-changing request only from
// its own page. Without the Host check, a web page that rebinds its own name to 127.0.0.1 (DNS rebinding) is
// "same origin" with the console in the browser's eyes and acts as whoever is signed in — the local admin when
// auth.mode is none. Every request passes here before any route, the proxy's fast path included.
import type { IncomingMessage } from 'node:http'
import { isLoopbackHostname } from './auth/cookies.ts'
import { pagePlain, pageText } from './auth/page-messages.ts'
import { authPage, sendPage } from './auth/pages.ts'
import { consoleError, type ConsoleError } from './errors.ts'
import { sendError } from './http-errors.ts'
import { header, pathOf, type NodeHandler } from './node-http.ts'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])
/**
 * Answered whatever the Host: container and Kubernetes probes and metrics scrapers address the process by its
 * own IP (docker-compose.yml's healthcheck calls http://127.0.0.1:8080/readyz). They carry no person's data.
 */
const PROBES = new Set(['/healthz', '/readyz', '/metrics'])
/** A Host header is a name or an address and an optional port: nothing else may reach the URL parser. */
const HOST_SYNTAX = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/i

export interface SameOrigin {
  /** Why the console refuses this request, or undefined when it may go on. */
  refusal(req: IncomingMessage): ConsoleError | undefined
  /** Answers the refusal (a page for a browser that navigated here), or passes the request on. */
  guard: NodeHandler
}

export function sameOrigin(publicUrl: string): SameOrigin {
  const base = new URL(publicUrl)
  const publicOrigin = base.origin
  // On a loopback public URL, every loopback name of this machine is the console: no web page can rebind
  // `localhost` or `127.0.0.1`, and development tools reach the console by either, on whatever port they use.
  const loopback = isLoopbackHostname(base.hostname)
  const consoleUrl = `${publicOrigin}/`

  // Hosts already accepted, as sent → as URL writes them: the check runs on every call of the proxy's hot path,
  // and the few names a console is reached by need parsing once. Refused names are not kept (anyone picks them).
  const accepted = new Map<string, string>()

  /** The console's host as this request names it (URL's form: lower case, no default port), else undefined. */
  const consoleHostOf = (req: IncomingMessage): string | undefined => {
    const named = header(req, 'host')
    if (!named) return undefined
    const known = accepted.get(named)
    if (known !== undefined) return known
    if (!HOST_SYNTAX.test(named)) return undefined
    let host: URL
    try {
      host = new URL(`${base.protocol}//${named}`)
    } catch {
      return undefined
    }
    if (host.host !== base.host && !(loopback && isLoopbackHostname(host.hostname))) return undefined
    if (accepted.size < 32) accepted.set(named, host.host)
    return host.host
  }

  /** Where the console is, said to a request addressed elsewhere (the name it used, cut short). */
  const wrongHostText = (req: IncomingMessage) => {
    const named = header(req, 'host')
    return named
      ? pageText('wrongHost.body', { origin: publicOrigin, host: named.slice(0, 100), url: consoleUrl })
      : pageText('wrongHost.bodyNoHost', { origin: publicOrigin, url: consoleUrl })
  }

  const refusal = (req: IncomingMessage): ConsoleError | undefined => {
    const method = req.method ?? ''
    const safe = SAFE_METHODS.has(method)
    const host = consoleHostOf(req)
    if (host === undefined && !(safe && PROBES.has(pathOf(req)))) {
      return consoleError('not-allowed', 421, pagePlain(wrongHostText(req)))
    }
    if (safe) return undefined
    if (header(req, 'x-requested-with') !== 'osc-console')
      return consoleError(
        'not-allowed',
        403,
        `This request lacks the header X-Requested-With: osc-console that the console's page sends, so it was refused. Use the console at ${consoleUrl}, or add the header.`,
      )
    const origin = header(req, 'origin')
    const site = header(req, 'sec-fetch-site')
    const ownOrigin =
      origin === undefined
        ? site !== undefined
        : origin === publicOrigin || (loopback && origin === `${base.protocol}//${host}`)
    if (!ownOrigin || (site !== undefined && site !== 'same-origin'))
      return consoleError(
        'not-allowed',
        403,
        `This request does not come from the console's own page (${publicOrigin}), so it was refused. Use the console at ${consoleUrl}.`,
      )
    return undefined
  }

  const guard: NodeHandler = (req, res, next) => {
    const problem = refusal(req)
    if (!problem) return next()
    if (problem.status === 421 && req.method === 'GET' && /text\/html/.test(header(req, 'accept') ?? '')) {
      sendPage(
        req,
        res,
        421,
        authPage({
          title: pageText('wrongHost.title'),
          paragraphs: [wrongHostText(req)],
          links: [{ href: consoleUrl, text: pageText('link.openUrl', { url: consoleUrl }) }],
        }),
      )
      return
    }
    sendError(res, problem)
  }

  return { refusal, guard }
}
