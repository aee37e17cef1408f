// The `auth`, `roles` and `bindings` sections of the console configuration file. The BFF's own config module
// composes these schemas; everything here has defaults so that `auth: {}` means a local single-user console.
import { z } from 'zod'

const secretSchema = z.union([
  z.object({ env: z.string().min(1, 'name the environment variable that holds the client secret') }).strict(),
  z.object({ value: z.string().min(1, 'the client secret must not be empty') }).strict(),
])
export type SecretRef = z.infer<typeof secretSchema>

export const oidcConfigSchema = z
  .object({
    issuer: z.url({
      message: 'issuer must be the URL of the OpenID provider, e.g. https://idp.example.com/realms/team',
    }),
    clientId: z.string().min(1),
    clientSecret: secretSchema.optional(),
    scopes: z.array(z.string().min(1)).default(['openid', 'profile', 'email', 'groups']),
    groupsClaim: z.string().min(1).default('groups'),
    tokenEndpointAuth: z
      .enum(['client_secret_basic', 'client_secret_post', 'none'])
      .default('client_secret_basic'),
    // Defaults to <publicUrl>/auth/callback; set it when the console sits behind a path-rewriting proxy.
    redirectUri: z.url().optional(),
  })
  .strict()
  .refine((o) => o.tokenEndpointAuth === 'none' || o.clientSecret !== undefined, {
    message: 'clientSecret is required unless tokenEndpointAuth is none (public client)',
    path: ['clientSecret'],
  })
export type OidcConfig = z.infer<typeof oidcConfigSchema>

const headerName = z
  .string()
  .regex(/^[A-Za-z0-9-]+$/, 'a header name has letters, digits and dashes only')
  .transform((s) => s.toLowerCase())

export const proxyAuthConfigSchema = z
  .object({
    trustedProxies: z.array(z.string().min(1)).min(1).default(['127.0.0.1', '::1']),
    userHeader: headerName.default('x-forwarded-user'),
    emailHeader: headerName.default('x-forwarded-email'),
    groupsHeader: headerName.default('x-forwarded-groups'),
    nameHeader: headerName.optional(),
    // Where the console's sign-out sends the browser (e.g. /oauth2/sign_out for oauth2-proxy).
    logoutUrl: z.string().min(1).optional(),
  })
  .strict()
export type ProxyAuthConfig = z.infer<typeof proxyAuthConfigSchema>

export const sessionConfigSchema = z
  .object({
    idleMinutes: z.number().positive().default(30),
    absoluteHours: z.number().positive().default(12),
    // How often a signed-in person's groups are read again from the IdP (when it issues refresh tokens).
    groupsRefreshMinutes: z.number().positive().default(15),
    // On http://localhost the cookie is plainly named `osc-console`; set this to use `__Host-osc-console` with
    // Secure there too (Chromium and Firefox keep Secure cookies on loopback).
    secureCookieOnLoopback: z.boolean().default(false),
  })
  .strict()
export type SessionConfig = z.infer<typeof sessionConfigSchema>

export const authConfigSchema = z
  .object({
    mode: z.enum(['oidc', 'proxy', 'none']).default('none'),
    oidc: oidcConfigSchema.optional(),
    proxy: proxyAuthConfigSchema.prefault({}),
    session: sessionConfigSchema.prefault({}),
    // Sign-ins started (GET /auth/login) per client address per minute.
    signInAttemptsPerMinute: z.number().int().positive().default(30),
  })
  .strict()
  .refine((a) => a.mode !== 'oidc' || a.oidc !== undefined, {
    message: 'auth.mode is oidc: add auth.oidc with issuer, clientId and clientSecret',
    path: ['oidc'],
  })
export type AuthConfig = z.infer<typeof authConfigSchema>

const actionPattern = z
  .string()
  .regex(
    /^[A-Za-z*?]+$/,
    'an action pattern is an OUTSCALE action name with * and ? wildcards, e.g. Read* or StopVms',
  )

export const BUILT_IN_ROLES = ['viewer', 'operator', 'admin', 'billing'] as const
export type BuiltInRole = (typeof BUILT_IN_ROLES)[number]

export const customRoleSchema = z
  .object({
    description: z.string().optional(),
    allow: z.array(actionPattern).min(1, 'a role must allow at least one action pattern'),
    deny: z.array(actionPattern).default([]),
  })
  .strict()
export type CustomRole = z.infer<typeof customRoleSchema>

export const rolesConfigSchema = z
  .record(
    z.string().regex(/^[A-Za-z][A-Za-z0-9_-]*$/, 'a role name has letters, digits, - and _'),
    customRoleSchema,
  )
  .default({})
  .superRefine((roles, ctx) => {
    for (const name of Object.keys(roles)) {
      if ((BUILT_IN_ROLES as readonly string[]).includes(name)) {
        ctx.addIssue({
          code: 'custom',
          path: [name],
          message: `${name} is a built-in role and cannot be redefined; choose another name`,
        })
      }
    }
  })
export type RolesConfig = z.infer<typeof rolesConfigSchema>

export const bindingSchema = z
  .object({
    group: z.string().min(1, 'group is the IdP group name this binding applies to'),
    role: z.string().min(1),
    // Console account ids, or '*' for every account.
    accounts: z.array(z.string().min(1)).min(1).default(['*']),
  })
  .strict()
export type Binding = z.infer<typeof bindingSchema>

export const bindingsConfigSchema = z.array(bindingSchema).default([])
export type BindingsConfig = z.infer<typeof bindingsConfigSchema>

/** Problems with role names used by bindings; the composed config should refuse to boot when this is non-empty. */
export function checkBindingRoles(
  roles: RolesConfig,
  bindings: BindingsConfig,
): { path: string; message: string }[] {
  const known = new Set<string>([...BUILT_IN_ROLES, ...Object.keys(roles)])
  return bindings.flatMap((b, i) =>
    known.has(b.role)
      ? []
      : [
          {
            path: `bindings.${i}.role`,
            message: `unknown role "${b.role}"; use one of ${[...known].join(', ')} or define it under roles`,
          },
        ],
  )
}

/** The OIDC client secret, read from the environment when the config names a variable. */
export function resolveClientSecret(
  oidc: OidcConfig,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  const ref = oidc.clientSecret
  if (!ref) return undefined
  if ('value' in ref) return ref.value
  const v = env[ref.env]
  if (!v)
    throw new Error(`auth.oidc.clientSecret names the environment variable ${ref.env}, which is not set`)
  return v
}
