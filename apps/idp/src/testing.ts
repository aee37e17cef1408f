// For tests that sign in through the development IdP without a real browser: fetch with a cookie jar (per host
// name, as browsers ignore ports) and manual redirects, and the submission of the IdP's sign-in form.

export class Browser {
  readonly jar = new Map<string, Map<string, string>>()
  /** Every Set-Cookie line received, in order. */
  readonly setCookies: string[] = []

  set(url: string, name: string, value: string): void {
    const host = new URL(url).hostname
    const jar = this.jar.get(host) ?? new Map<string, string>()
    jar.set(name, value)
    this.jar.set(host, jar)
  }

  cookie(url: string, name: string): string | undefined {
    return this.jar.get(new URL(url).hostname)?.get(name)
  }

  cookieHeader(url: string): string {
    const jar = this.jar.get(new URL(url).hostname)
    return jar ? [...jar].map(([k, v]) => `${k}=${v}`).join('; ') : ''
  }

  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers)
    const cookie = this.cookieHeader(url)
    if (cookie) headers.set('cookie', cookie)
    const res = await fetch(url, { ...init, headers, redirect: 'manual' })
    for (const line of res.headers.getSetCookie()) {
      this.setCookies.push(line)
      const [pair = '', ...attrs] = line.split(';')
      const eq = pair.indexOf('=')
      const name = pair.slice(0, eq).trim()
      const value = pair.slice(eq + 1).trim()
      const expired = attrs.some((a) => {
        const [k = '', v = ''] = a.trim().split('=')
        return (
          (k.toLowerCase() === 'max-age' && Number(v) <= 0) ||
          (k.toLowerCase() === 'expires' && Date.parse(v) < Date.now())
        )
      })
      if (expired || value === '') this.jar.get(new URL(url).hostname)?.delete(name)
      else this.set(url, name, value)
    }
    return res
  }

  /** Follows GET redirects; stops before fetching a URL for which `stopAt` is true. */
  async follow(
    url: string,
    init: RequestInit = {},
    stopAt: (url: string) => boolean = () => false,
  ): Promise<{ res: Response; url: string }> {
    let current = url
    let res = await this.fetch(current, init)
    for (let i = 0; i < 20 && res.status >= 300 && res.status < 400; i++) {
      const location = res.headers.get('location')
      if (!location) break
      const next = new URL(location, current).href
      if (stopAt(next)) return { res, url: next }
      current = next
      res = await this.fetch(current, { headers: { accept: 'text/html' } })
    }
    return { res, url: current }
  }
}

/** Submits the development IdP's sign-in form found in `html` (the page at `pageUrl`). */
export async function submitSignIn(
  browser: Browser,
  pageUrl: string,
  html: string,
  username: string,
  password = 'demo',
  stopAt?: (url: string) => boolean,
): Promise<{ res: Response; url: string }> {
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1]
  if (!action) throw new Error(`no sign-in form on ${pageUrl}: ${html.slice(0, 300)}`)
  const formUrl = new URL(
    action.replace(/&#(\d+);/g, (_m, c: string) => String.fromCharCode(Number(c))),
    pageUrl,
  ).href
  return browser.follow(
    formUrl,
    {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username, password }).toString(),
    },
    stopAt,
  )
}
