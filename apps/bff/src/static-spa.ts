// Serves the built SPA: hashed assets are immutable, index.html is never cached, unknown paths fall back to it.
import express, { type Router } from 'express'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const HASHED = /[-.][A-Za-z0-9_-]{8,}\.(js|mjs|css|woff2?|svg|png|jpe?g|webp|ico|map)$/

const MISSING_BUILD = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>OSC Console</title></head>
<body><main><h1>OSC Console</h1>
<p>The web interface has not been built yet. Run <code>npm run build</code> at the root of the repository, then reload this page.</p>
<p>The API is available under <code>/api</code>.</p></main></body></html>
`

export function spaRouter(staticDir: string): Router {
  const router = express.Router()
  const indexPath = join(staticDir, 'index.html')
  router.use(
    express.static(staticDir, {
      index: false,
      setHeaders(res, path) {
        res.setHeader('Cache-Control', HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache')
      },
    }),
  )
  router.use((req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next()
    res.setHeader('Cache-Control', 'no-cache')
    // Read on each request: a rebuild while the console runs is picked up without a restart.
    if (!existsSync(indexPath)) {
      res.status(200).type('html').send(MISSING_BUILD)
      return
    }
    res.type('html').send(readFileSync(indexPath))
  })
  return router
}
