// Command-line flags and the optional JSON config file of the standalone simulator (the one place that reads
// the environment: SIM_PORT, SIM_HOST, SIM_SEED).
import { readFileSync } from 'node:fs'
import { z } from 'zod'
import { faultsSchema } from './faults.ts'
import type { SimulatorOptions } from './index.ts'

const rate = z.object({ perSecond: z.number().positive(), burst: z.number().int().min(1) }).strict()

export const configFileSchema = z
  .object({
    host: z.string().optional(),
    port: z.number().int().min(0).max(65535).optional(),
    seed: z.enum(['empty', 'demo', 'large']).optional(),
    clock: z.enum(['real', 'manual']).optional(),
    strictRegion: z.boolean().optional(),
    throttle: z
      .object({
        enabled: z.boolean().optional(),
        platform: rate.optional(),
        perAccount: rate.optional(),
        perCall: rate.optional(),
      })
      .strict()
      .optional(),
    faults: faultsSchema.optional(),
  })
  .strict()

const USAGE = `Usage: sim [--host 127.0.0.1] [--port 8181] [--seed empty|demo|large] [--config FILE] [--strict-region] [--clock real|manual]`

export function parseArgs(
  argv: string[],
  env: Record<string, string | undefined> = process.env,
): SimulatorOptions {
  const flags = new Map<string, string | true>()
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    if (arg === '--') continue
    if (!arg.startsWith('--')) throw new Error(`Unexpected argument "${arg}".\n${USAGE}`)
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined]
    if (name === 'help') throw new Error(USAGE)
    if (name === 'strict-region') {
      flags.set(name, true)
      continue
    }
    const value = inline ?? argv[++i]
    if (value === undefined) throw new Error(`--${name} needs a value.\n${USAGE}`)
    flags.set(name, value)
  }
  const known = new Set(['host', 'port', 'seed', 'config', 'strict-region', 'clock'])
  for (const k of flags.keys()) if (!known.has(k)) throw new Error(`Unknown flag --${k}.\n${USAGE}`)
  let fromFile: z.infer<typeof configFileSchema> = {}
  const configPath = flags.get('config')
  if (typeof configPath === 'string') {
    let raw: unknown
    try {
      raw = JSON.parse(readFileSync(configPath, 'utf8'))
    } catch (err) {
      throw new Error(`Cannot read the config file ${configPath}: ${(err as Error).message}`)
    }
    const parsed = configFileSchema.safeParse(raw)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      throw new Error(`Config file ${configPath}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`)
    }
    fromFile = parsed.data
  }
  const portText = flags.get('port') ?? env.SIM_PORT
  const port = portText === undefined ? (fromFile.port ?? 8181) : Number(portText)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be 0–65535, not ${String(portText)}.`)
  const seed = (flags.get('seed') ?? env.SIM_SEED ?? fromFile.seed ?? 'demo') as string
  if (!['empty', 'demo', 'large'].includes(seed))
    throw new Error(`--seed must be empty, demo or large, not ${seed}.`)
  const clock = (flags.get('clock') ?? fromFile.clock ?? 'real') as string
  if (clock !== 'real' && clock !== 'manual') throw new Error('--clock must be real or manual.')
  const host = flags.get('host') ?? env.SIM_HOST ?? fromFile.host ?? '127.0.0.1'
  return {
    host: String(host),
    port,
    seed: seed as 'empty' | 'demo' | 'large',
    clock,
    strictRegion: flags.has('strict-region') || (fromFile.strictRegion ?? false),
    ...(fromFile.throttle ? { throttle: fromFile.throttle } : {}),
    ...(fromFile.faults ? { faults: fromFile.faults } : {}),
  }
}
