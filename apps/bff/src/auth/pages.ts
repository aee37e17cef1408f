// Pages a person may land on during sign-in (the browser navigates to /auth/*, so these are HTML, not JSON).
function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

const STYLE = `body{font-family:system-ui,sans-serif;background:#f4f5f7;color:#1d2330;margin:0}
main{max-width:36rem;margin:4rem auto;background:#fff;border-radius:6px;box-shadow:0 1px 3px rgba(0,0,0,.2);padding:1.5rem 2rem}
h1{font-size:1.3rem;margin-top:0}a{color:#1f5fbf}code{background:#eef0f4;padding:0 .2rem;border-radius:3px}`

export function authPage(opts: {
  title: string
  paragraphs: string[]
  links?: { href: string; text: string }[]
}): string {
  const ps = opts.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')
  const links = (opts.links ?? [])
    .map((l) => `<p><a href="${escapeHtml(l.href)}">${escapeHtml(l.text)}</a></p>`)
    .join('')
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(opts.title)} — OSC Console</title><style>${STYLE}</style></head>
<body><main><h1>${escapeHtml(opts.title)}</h1>${ps}${links}</main></body></html>`
}
