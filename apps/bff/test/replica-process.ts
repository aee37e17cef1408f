// One console replica in its own process, so that a test can stop it with SIGKILL as a crash would: started by
// replicas.test.ts and `npm run bench -- replicas` with its options as JSON in its one argument; prints {"url": …}
// once it listens.
import { parseConfig } from '../src/config.ts'
import { createLogger } from '../src/logger.ts'
import { start, type StartOptions } from '../src/server.ts'

const spec = JSON.parse(process.argv[2] ?? '{}') as Omit<StartOptions, 'config'> & {
  config: unknown
}
const running = await start({
  ...spec,
  config: parseConfig(spec.config),
  logger: createLogger({ level: 'warn' }),
})
process.stdout.write(`${JSON.stringify({ url: running.url })}\n`)
