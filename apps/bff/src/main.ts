// The console's process: `tsx apps/bff/src/main.ts --config FILE` (or OSC_CONSOLE_CONFIG), PORT and HOST override.
import { parseArgs } from 'node:util'
import { ConfigError, DEFAULT_CONFIG_ENV, loadConfig, resolveAccounts } from './config.ts'
import { createLogger } from './logger.ts'
import { start } from './server.ts'

const EXIT_DEADLINE_MS = 10_000

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      config: { type: 'string', short: 'c' },
      check: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: false,
  })
  if (values.help) {
    process.stdout.write(
      `Usage: tsx apps/bff/src/main.ts --config FILE [--check]\n\n--check validates FILE and prints what it sets (accounts, sign-in; no secret) as JSON, then exits.\nFILE may also come from ${DEFAULT_CONFIG_ENV}. Environment: PORT, HOST, DATABASE_URL, REDIS_URL, DATA_DIR, PUBLIC_URL.\nSee apps/bff/README.md and apps/bff/config/demo.yaml.\n`,
    )
    return
  }
  if (values.check) return check(values.config)
  const logger = createLogger({ level: process.env.LOG_LEVEL ?? 'info' })
  let running: Awaited<ReturnType<typeof start>>
  try {
    const config = loadConfig(values.config ? { path: values.config } : {})
    running = await start({ config, logger })
  } catch (error) {
    // Configuration problems are the operator's to fix: print the message alone, without a stack.
    const message = error instanceof ConfigError || error instanceof Error ? error.message : String(error)
    process.stderr.write(`OSC Console could not start: ${message}\n`)
    process.exit(error instanceof ConfigError ? 2 : 1)
  }
  process.stdout.write(`OSC Console listening on ${running.url}\n`)
  let stopping = false
  const stop = (signal: string) => {
    if (stopping) return
    stopping = true
    logger.info({ signal }, 'stopping: finishing in-flight requests')
    setTimeout(() => {
      logger.error('graceful stop took too long; exiting')
      process.exit(1)
    }, EXIT_DEADLINE_MS).unref()
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'error while stopping')
        process.exit(1)
      },
    )
  }
  process.on('SIGTERM', () => stop('SIGTERM'))
  process.on('SIGINT', () => stop('SIGINT'))
}

/** `--check`: the file's accounts (endpoints resolved, profiles read) and sign-in, as JSON; exit 2 on a mistake. */
function check(path: string | undefined): void {
  try {
    const config = loadConfig(path ? { path } : {})
    const accounts = resolveAccounts(config)
    const { auth } = config
    const summary = {
      listenPort: config.listen.port,
      publicUrl: config.publicUrl,
      auth: {
        mode: auth.mode,
        ...(auth.mode === 'oidc' && auth.oidc ? { issuer: auth.oidc.issuer } : {}),
        ...(auth.mode === 'proxy' ? { trustedProxies: auth.proxy.trustedProxies } : {}),
      },
      accounts: accounts.map((a) => ({ id: a.id, name: a.name, region: a.region, endpoint: a.endpoint })),
    }
    process.stdout.write(`${JSON.stringify(summary)}\n`)
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    process.stderr.write(`${error.message}\n`)
    process.exit(2)
  }
}

void main()
