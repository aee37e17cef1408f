// A minimal browser for tests: fetch with a cookie jar (per host, like a browser ignoring ports) and manual redirects.
export class Browser {
  private cookies = new Map<string, Map<string, string>>()

  cookieHeader(url: string): string {
    const jar = this.cookies.get(new URL(url).hostname)
    return jar ? [...jar].map(([k, v]) => `${k}=${v}`).join('; ') : ''
  }

  cookie(url: string, name: string): string | undefined {
    return this.cookies.get(new URL(url).hostname)?.get(name)
  }

  private store(url: string, res: Response): void {
    const host = new URL(url).hostname
    const jar = this.cookies.get(host) ?? new Map<string, string>()
    this.cookies.set(host, jar)
    for (const line of res.headers.getSetCookie()) {
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
      if (expired || value === '') jar.delete(name)
      else jar.set(name, value)
    }
  }

  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers)
    const cookie = this.cookieHeader(url)
    if (cookie) headers.set('cookie', cookie)
    const res = await fetch(url, { ...init, headers, redirect: 'manual' })
    this.store(url, res)
    return res
  }

  /** Follows redirects (GET) until a non-redirect or until `stopAt` says to stop; returns the last response and URL. */
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
      current = new URL(location, current).href
      if (stopAt(current)) return { res, url: current }
      res = await this.fetch(current)
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
