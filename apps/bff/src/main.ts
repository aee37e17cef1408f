// The console's process: `tsx apps/bff/src/main.ts --config FILE` (or OSC_CONSOLE_CONFIG), PORT and HOST override.
import { parseArgs } from 'node:util'
import { ConfigError, DEFAULT_CONFIG_ENV, loadConfig } from './config.ts'
import { createLogger } from './logger.ts'
import { start } from './server.ts'

const EXIT_DEADLINE_MS = 10_000

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { config: { type: 'string', short: 'c' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: false,
  })
  if (values.help) {
    process.stdout.write(
      `Usage: tsx apps/bff/src/main.ts --config FILE\n\nFILE may also come from ${DEFAULT_CONFIG_ENV}. Environment: PORT, HOST, DATABASE_URL, REDIS_URL, DATA_DIR, PUBLIC_URL.\nSee apps/bff/README.md and apps/bff/config/demo.yaml.\n`,
    )
    return
  }
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

void main()
