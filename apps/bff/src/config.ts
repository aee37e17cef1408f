// The console's configuration: one YAML or JSON file plus a few environment overrides, validated once at boot.
// This is the only module (with main.ts) that reads the environment; everything else receives a parsed Config.
import { readFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { isAbsolute, resolve } from 'node:path'
import { parse as parseYaml, YAMLError } from 'yaml'
import { z } from 'zod'
import {
  authConfigSchema,
  bindingsConfigSchema,
  checkBindingRoles,
  rolesConfigSchema,
} from './auth/config.ts'
import { regionEndpoint } from '@osc-console/osc-api'
import { jsonErrorPosition, type TextPosition } from './json-position.ts'
import { Secret } from './secret.ts'

export const DEFAULT_CONFIG_ENV = 'OSC_CONSOLE_CONFIG'

const regionSchema = z
  .string()
  .regex(/^[a-z]{2,}(-[a-z]+)+-\d+$/, 'expected an OUTSCALE region such as eu-west-2 or us-east-2')

const credentialsSchema = z.union(
  [
    z
      .object({
        accessKeyEnv: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'expected an environment variable name'),
        secretKeyEnv: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'expected an environment variable name'),
      })
      .strict(),
    z
      .object({
        profile: z.string().min(1),
        file: z.string().min(1).optional(),
      })
      .strict(),
    z
      .object({
        accessKey: z.string().min(1),
        secretKey: z.string().min(1),
      })
      .strict(),
  ],
  {
    error:
      'expected { accessKeyEnv, secretKeyEnv } (environment variable names), { profile, file? } (a profile of ~/.osc/config.json) or, for a loopback endpoint only, { accessKey, secretKey }',
  },
)

const accountSchema = z
  .object({
    id: z
      .string()
      .regex(
        /^[a-z0-9][a-z0-9-]{0,62}$/,
        'expected lower-case letters, digits and dashes (it appears in URLs)',
      ),
    name: z.string().min(1).optional(),
    region: regionSchema.optional(),
    endpoint: z
      .url({ error: 'expected an http(s) URL such as https://api.eu-west-2.outscale.com' })
      .optional(),
    credentials: credentialsSchema,
  })
  .strict()

const rateLimitSchema = z
  .object({
    perSecond: z.number().positive().default(20),
    burst: z.number().int().positive().default(40),
    maxQueueMs: z.number().int().nonnegative().default(2000),
  })
  .strict()

const proxySchema = z
  .object({
    timeoutMs: z.number().int().positive().default(30000),
    // Changes: a throttled change is resent, and a change that cannot be applied twice after a 5xx.
    maxAttempts: z.number().int().min(1).max(10).default(3),
    // Reads are resent freely: five attempts answer 99.9 % of reads when OUTSCALE throttles one call in five.
    readMaxAttempts: z.number().int().min(1).max(10).default(5),
    rateLimit: rateLimitSchema.prefault({}),
    cacheTtlMs: z
      .record(z.string(), z.number().int().nonnegative())
      .default({ default: 2000, ReadQuotas: 30000 }),
    bodyLimit: z
      .string()
      .regex(/^\d+(\.\d+)?\s*(b|kb|mb)?$/i, 'expected a size such as 100kb or 1mb')
      .default('1mb'),
    cacheMaxBytes: z
      .string()
      .regex(/^\d+(\.\d+)?\s*(b|kb|mb)?$/i, 'expected a size such as 64mb')
      .default('64mb'),
    operationConcurrency: z.number().int().min(1).max(50).default(5),
    // ReadConsumptionAccount over closed days is answered from the database; a day is closed settleMs after it ends.
    consumptionDays: z
      .object({
        enabled: z.boolean().default(true),
        settleMs: z
          .number()
          .int()
          .nonnegative()
          .default(6 * 3_600_000),
        /** Closed days asked of OUTSCALE at once while a period is first composed. */
        concurrency: z.number().int().min(1).max(20).default(4),
        /** Longer periods are asked of OUTSCALE as one call, not composed day by day. */
        maxDays: z.number().int().min(1).max(3660).default(366),
      })
      .strict()
      .prefault({}),
  })
  .strict()

// The quota sampler: every account's ReadQuotas kept at a fixed interval, so the Quotas page can draw a trend and
// say when a limit will be reached. Fractions of a minute are accepted for demos and tests (at least one second).
const quotasSchema = z
  .object({
    sampleMinutes: z
      .number({ error: 'expected a number of minutes between two samples of the quotas, such as 60' })
      .min(1 / 60, 'expected at least 1/60 (one sample a second at most)')
      .max(24 * 60, 'expected at most 1440 (one sample a day at least)')
      .default(60),
    retentionDays: z
      .number({ error: 'expected a whole number of days to keep quota samples, such as 90' })
      .int('expected a whole number of days')
      .min(1, 'expected at least 1 day')
      .max(3660, 'expected at most 3660 days (ten years)')
      .default(90),
  })
  .strict()

export const configSchema = z
  .object({
    publicUrl: z.url().default('http://localhost:8080'),
    listen: z
      .object({
        host: z.string().default('127.0.0.1'),
        port: z.number().int().min(0).max(65535).default(8080),
      })
      .strict()
      .prefault({}),
    dataDir: z.string().default('.data'),
    storage: z
      .object({ databaseUrl: z.string().optional(), redisUrl: z.string().optional() })
      .strict()
      .prefault({}),
    auth: authConfigSchema.prefault({}),
    roles: rolesConfigSchema,
    bindings: bindingsConfigSchema,
    accounts: z.array(accountSchema).min(1, 'expected at least one account'),
    proxy: proxySchema.prefault({}),
    quotas: quotasSchema.prefault({}),
    metrics: z
      .object({
        /** An environment variable holding the bearer token that GET /metrics then requires. */
        tokenEnv: z
          .string()
          .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'expected an environment variable name')
          .optional(),
      })
      .strict()
      .prefault({}),
  })
  .strict()
  .superRefine((config, ctx) => {
    for (const problem of checkBindingRoles(config.roles, config.bindings)) {
      ctx.addIssue({ code: 'custom', path: problem.path.split('.'), message: problem.message })
    }
    const seen = new Set<string>()
    config.accounts.forEach((account, index) => {
      if (seen.has(account.id))
        ctx.addIssue({
          code: 'custom',
          path: ['accounts', index, 'id'],
          message: `duplicate account id "${account.id}"`,
        })
      seen.add(account.id)
      if ('accessKey' in account.credentials && !isLoopbackUrl(endpointOf(account))) {
        ctx.addIssue({
          code: 'custom',
          path: ['accounts', index, 'credentials'],
          message:
            'inline access keys are accepted only for a loopback endpoint (the simulator); use accessKeyEnv/secretKeyEnv or a profile',
        })
      }
    })
  })

export type Config = z.infer<typeof configSchema>
export type AccountConfig = Config['accounts'][number]

export class ConfigError extends Error {
  override name = 'ConfigError'
}

export function endpointOf(account: Pick<AccountConfig, 'endpoint' | 'region'>): string {
  if (account.endpoint) return account.endpoint.replace(/\/+$/, '')
  return regionEndpoint(account.region ?? 'eu-west-2')
}

export function isLoopbackUrl(url: string): boolean {
  try {
    return isLoopbackHost(new URL(url).hostname)
  } catch {
    return false
  }
}

export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '')
  return bare === 'localhost' || bare === '::1' || /^127\.\d+\.\d+\.\d+$/.test(bare)
}

/** Formats zod issues as "key.path: what is expected" lines, one per problem. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .map((issue) => `  - ${issue.path.length ? issue.path.join('.') : '(top level)'}: ${issue.message}`)
    .join('\n')
}

export function parseConfig(raw: unknown, source = 'configuration'): Config {
  const result = configSchema.safeParse(raw)
  if (!result.success) {
    throw new ConfigError(`The ${source} is invalid:\n${describeIssues(result.error.issues)}`)
  }
  return result.data
}

export interface LoadOptions {
  /** Path of the YAML/JSON file; defaults to $OSC_CONSOLE_CONFIG. */
  path?: string
  env?: NodeJS.ProcessEnv
}

/** The configuration file the environment names ($OSC_CONSOLE_CONFIG), if any. */
export function configFileFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env[DEFAULT_CONFIG_ENV] || undefined
}

/** Reads the file, applies environment overrides, validates. Throws ConfigError with a readable message. */
export function loadConfig(options: LoadOptions = {}): Config {
  const env = options.env ?? process.env
  const path = options.path ?? env[DEFAULT_CONFIG_ENV]
  if (!path) {
    throw new ConfigError(
      `No configuration file given. Pass --config FILE or set ${DEFAULT_CONFIG_ENV} (see apps/bff/config/demo.yaml).`,
    )
  }
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new ConfigError(`Cannot read the configuration file ${path}: ${(error as Error).message}`)
  }
  const raw = path.endsWith('.json')
    ? parseJson(text, `The configuration file ${path}`)
    : parseYamlText(text, `The configuration file ${path}`)
  return applyEnvOverrides(parseConfig(raw, `configuration file ${path}`), env)
}

// The parsers' own messages quote the text around a mistake, and these files may hold secrets (inline keys, the
// client secret): the errors name the file and the position only.
const contentNotShown = 'correct it there (its content is not shown, as it may hold secrets)'
const at = (position: TextPosition | undefined) =>
  position ? ` at line ${position.line}, column ${position.column}` : ''

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    throw new ConfigError(`${what} is not valid JSON${at(jsonErrorPosition(text))}: ${contentNotShown}.`)
  }
}

function parseYamlText(text: string, what: string): unknown {
  try {
    return parseYaml(text)
  } catch (error) {
    const linePos = error instanceof YAMLError ? error.linePos?.[0] : undefined
    const position = linePos ? { line: linePos.line, column: linePos.col } : undefined
    const reason = error instanceof YAMLError ? ` (${error.code})` : ''
    throw new ConfigError(`${what} is not valid YAML or JSON${at(position)}${reason}: ${contentNotShown}.`)
  }
}

/** PORT, HOST, DATABASE_URL, REDIS_URL, DATA_DIR and PUBLIC_URL override the file. */
export function applyEnvOverrides(config: Config, env: NodeJS.ProcessEnv = process.env): Config {
  const next: Config = { ...config, listen: { ...config.listen }, storage: { ...config.storage } }
  if (env.PORT) {
    const port = Number(env.PORT)
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new ConfigError(`PORT must be a port number, got "${env.PORT}"`)
    // The default loopback publicUrl follows the port, so `PORT=9090` alone gives a working console.
    const url = new URL(next.publicUrl)
    if (isLoopbackHost(url.hostname) && Number(url.port || 80) === config.listen.port && port !== 0) {
      url.port = String(port)
      next.publicUrl = url.origin
    }
    next.listen.port = port
  }
  if (env.HOST) next.listen.host = env.HOST
  if (env.DATABASE_URL) next.storage.databaseUrl = env.DATABASE_URL
  if (env.REDIS_URL) next.storage.redisUrl = env.REDIS_URL
  if (env.DATA_DIR) next.dataDir = env.DATA_DIR
  if (env.PUBLIC_URL) next.publicUrl = env.PUBLIC_URL
  return next
}

export interface ResolvedAccount {
  id: string
  name: string
  region: string
  endpoint: string
  accessKey: Secret
  secretKey: Secret
}

const oscProfileSchema = z
  .object({
    access_key: z.string().min(1),
    secret_key: z.string().min(1),
    region: z.string().optional(),
    region_name: z.string().optional(),
    endpoints: z.object({ api: z.string().optional() }).passthrough().optional(),
  })
  .passthrough()

/** Normalises an `endpoints.api` of ~/.osc/config.json ("api.eu-west-2.outscale.com/api/v1") to a base URL. */
function profileEndpoint(api: string | undefined): string | undefined {
  if (!api) return undefined
  const withScheme = /^https?:\/\//.test(api) ? api : `https://${api}`
  return withScheme.replace(/\/+$/, '').replace(/\/api\/(v1|latest)$/, '')
}

/**
 * Turns credential references into secrets. Missing variables or profiles stop the boot with a message that names
 * the account and the reference, never the value.
 */
/** The token GET /metrics requires, if the configuration names one; a named but unset variable stops the start. */
export function resolveMetricsToken(
  config: Config,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  const name = config.metrics.tokenEnv
  if (!name) return undefined
  const token = env[name]
  if (!token)
    throw new ConfigError(
      `metrics.tokenEnv names the environment variable ${name}, which is not set: set it to the token your metrics collector sends, or remove metrics.tokenEnv`,
    )
  return token
}

export function resolveAccounts(config: Config, env: NodeJS.ProcessEnv = process.env): ResolvedAccount[] {
  return config.accounts.map((account) => {
    const creds = account.credentials
    let region = account.region
    let endpoint = account.endpoint
    let accessKey: string
    let secretKey: string
    if ('accessKeyEnv' in creds) {
      const missing = [creds.accessKeyEnv, creds.secretKeyEnv].filter((name) => !env[name])
      if (missing.length)
        throw new ConfigError(
          `Account "${account.id}": the environment variable${missing.length > 1 ? 's' : ''} ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set (accounts.${account.id}.credentials).`,
        )
      accessKey = env[creds.accessKeyEnv] as string
      secretKey = env[creds.secretKeyEnv] as string
    } else if ('profile' in creds) {
      const file = expandHome(creds.file ?? '~/.osc/config.json')
      let text: string
      try {
        text = readFileSync(file, 'utf8')
      } catch (error) {
        throw new ConfigError(
          `Account "${account.id}": cannot read the profile file ${file}: ${(error as Error).message}`,
        )
      }
      const profiles = parseJson(text, `Account "${account.id}": the profile file ${file}`)
      const raw = (profiles as Record<string, unknown> | null)?.[creds.profile]
      const profile = oscProfileSchema.safeParse(raw)
      if (!profile.success)
        throw new ConfigError(
          `Account "${account.id}": profile "${creds.profile}" of ${file} is missing or has no access_key/secret_key.`,
        )
      accessKey = profile.data.access_key
      secretKey = profile.data.secret_key
      region ??= profile.data.region ?? profile.data.region_name
      endpoint ??= profileEndpoint(profile.data.endpoints?.api)
    } else {
      accessKey = creds.accessKey
      secretKey = creds.secretKey
    }
    const resolvedRegion = region ?? 'eu-west-2'
    return {
      id: account.id,
      name: account.name ?? account.id,
      region: resolvedRegion,
      endpoint: endpointOf({ endpoint, region: resolvedRegion }),
      accessKey: new Secret(accessKey),
      secretKey: new Secret(secretKey),
    }
  })
}

function expandHome(path: string): string {
  if (path === '~' || path.startsWith('~/')) return resolve(homedir(), path.slice(2))
  return isAbsolute(path) ? path : resolve(path)
}
