import { pino, type Logger, type DestinationStream } from 'pino'

export type { Logger } from 'pino'

// Headers and fields that must never reach a log line even if someone logs a whole request by mistake.
const REDACT = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.secretKey',
  '*.accessKey',
  '*.secret_key',
  '*.access_key',
  '*.password',
  '*.Password',
  '*.clientSecret',
  'headers.authorization',
  'headers.cookie',
]

export function createLogger(options: { level?: string; destination?: DestinationStream } = {}): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      base: { service: 'osc-console-bff' },
      redact: { paths: REDACT, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    options.destination,
  )
}
