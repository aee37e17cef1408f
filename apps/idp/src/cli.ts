// Standalone development IdP: tsx apps/idp/src/cli.ts --port 8282 --redirect-uri http://localhost:8080/auth/callback
import { parseArgs } from 'node:util'
import { DEFAULT_CLIENT, startIdp } from './provider.ts'
import { DEMO_PASSWORD, DEMO_USERS } from './users.ts'

const { values } = parseArgs({
  options: {
    host: { type: 'string', default: process.env.IDP_HOST ?? '127.0.0.1' },
    port: { type: 'string', default: process.env.IDP_PORT ?? '8282' },
    issuer: { type: 'string' },
    'client-id': { type: 'string', default: DEFAULT_CLIENT.clientId },
    'client-secret': {
      type: 'string',
      default: process.env.OIDC_CLIENT_SECRET ?? DEFAULT_CLIENT.clientSecret,
    },
    'redirect-uri': { type: 'string', multiple: true },
    'post-logout-redirect-uri': { type: 'string', multiple: true },
  },
})

const port = Number(values.port)
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a port number, got ${values.port}`)
  process.exit(2)
}
const redirectUris = values['redirect-uri'] ?? DEFAULT_CLIENT.redirectUris
const postLogout =
  values['post-logout-redirect-uri'] ??
  redirectUris.flatMap((u) => [new URL('/', u).href, new URL('/signed-out', u).href])

const idp = await startIdp({
  host: values.host,
  port,
  ...(values.issuer ? { issuer: values.issuer } : {}),
  clients: [
    {
      clientId: values['client-id'],
      clientSecret: values['client-secret'],
      redirectUris,
      postLogoutRedirectUris: postLogout,
      name: 'OSC Console',
    },
  ],
})
console.log(`Development identity provider (never for production) at ${idp.url}`)
console.log(`  client ${values['client-id']}, redirect URIs ${redirectUris.join(', ')}`)
console.log(`  people (password ${DEMO_PASSWORD}): ${DEMO_USERS.map((u) => u.username).join(', ')}`)

const stop = () => {
  idp.close().then(
    () => process.exit(0),
    () => process.exit(1),
  )
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
