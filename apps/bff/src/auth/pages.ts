// Pages a person may land on during sign-in or at a wrong address (the browser navigates there, so these are HTML,
// not JSON), in the person's language (page-language.ts). A page names its sentences by id (page-messages.ts) where
// it is decided, and is written out when it is sent, once the language is known.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { escapeHtml, pageHtml, type PageText } from './page-messages.ts'
import { pageLanguage, type PageLanguage } from './page-language.ts'

const STYLE = `body{font-family:system-ui,sans-serif;background:#f4f5f7;color:#1d2330;margin:0}
main{max-width:36rem;margin:4rem auto;background:#fff;border-radius:6px;box-shadow:0 1px 3px rgba(0,0,0,.2);padding:1.5rem 2rem}
h1{font-size:1.3rem;margin-top:0}a{color:#1f5fbf}code{background:#eef0f4;padding:0 .2rem;border-radius:3px}`

export interface AuthPageContent {
  title: PageText
  paragraphs: PageText[]
  links?: { href: string; text: PageText }[]
}

/** A page, written once its reader's language is known (see sendPage). */
export interface AuthPage {
  render(language: PageLanguage): string
}

export function authPage(content: AuthPageContent): AuthPage {
  return { render: (language) => renderAuthPage(content, language) }
}

function renderAuthPage(content: AuthPageContent, language: PageLanguage): string {
  const title = pageHtml(content.title, language)
  const ps = content.paragraphs.map((p) => `<p>${pageHtml(p, language)}</p>`).join('')
  const links = (content.links ?? [])
    .map((l) => `<p><a href="${escapeHtml(l.href)}">${pageHtml(l.text, language)}</a></p>`)
    .join('')
  // The <title> holds text only, so the tags a foreign part carries are dropped there.
  const titleText = title.replace(/<[^>]*>/g, '')
  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${titleText} — OSC Console</title><style>${STYLE}</style></head>
<body><main><h1>${title}</h1>${ps}${links}</main></body></html>`
}

/**
 * Sends `page` in the language of the request it answers. Written against node's objects: the wrong-address page
 * is sent before any Express route (same-origin.ts).
 */
export function sendPage(req: IncomingMessage, res: ServerResponse, status: number, page: AuthPage): void {
  // The pages carry their own inline style and nothing else.
  res.setHeader(
    'Content-Security-Policy',
    "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
  )
  res.setHeader('Cache-Control', 'no-store')
  // The page differs with the language cookie and header; a shared cache must not give one reader's to another.
  res.setHeader('Vary', 'Cookie, Accept-Language')
  const html = page.render(pageLanguage(req))
  res.statusCode = status
  res.setHeader('Content-Type', 'text/html; charset=utf-8')
  res.setHeader('Content-Length', Buffer.byteLength(html))
  res.end(html)
}
