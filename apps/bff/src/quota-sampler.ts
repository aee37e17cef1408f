// The quota sampler: every configured account's ReadQuotas read at a fixed interval by the console itself (no
// person asks; it signs with the account's keys like any call) and kept in the console database, so that the
// Quotas page draws how each quota moved and when it will be full. One replica samples per period (a lease), and
// samples older than the retention are pruned by the same job.
import type { QuotaTypes, ReadQuotasResponse } from '@osc-console/osc-api'
import type { Config, ResolvedAccount } from './config.ts'
import { periodic, type PeriodicJob } from './leases.ts'
import type { Logger } from './logger.ts'
import type { Db } from './storage/index.ts'
import type { RateLimiter } from './upstream/rate-limiter.ts'
import type { SignedClient } from './upstream/signed-client.ts'
import type { Sample } from './quota-trend.ts'

const DAY = 86_400_000
/** Rows per INSERT: one statement per account per sample, well under both engines' parameter limits. */
const ROWS_PER_INSERT = 100

export interface QuotaRow {
  quotaType: string
  name: string
  used: number
  max: number
}

/** The quotas of a ReadQuotas answer as rows; a quota without a name cannot be followed over time. */
export function quotaRows(types: readonly QuotaTypes[]): QuotaRow[] {
  return types.flatMap((t) =>
    (t.Quotas ?? []).flatMap((q) =>
      q.Name
        ? [{ quotaType: t.QuotaType ?? 'global', name: q.Name, used: q.UsedValue ?? 0, max: q.MaxValue ?? 0 }]
        : [],
    ),
  )
}

export interface QuotaSeries {
  quotaType: string
  name: string
  samples: Sample[]
}

export interface QuotaSampleStore {
  record(accountId: string, at: number, rows: readonly QuotaRow[]): Promise<void>
  /** Removes the samples taken before `before` (epoch ms); how many went. */
  prune(before: number): Promise<number>
  /** Every quota of the account with its samples, oldest first. */
  read(accountId: string): Promise<QuotaSeries[]>
}

export function createQuotaSampleStore(db: Db): QuotaSampleStore {
  return {
    async record(accountId, at, rows) {
      for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
        const chunk = rows.slice(start, start + ROWS_PER_INSERT)
        const params: unknown[] = []
        const values = chunk.map((row) => {
          params.push(accountId, at, row.quotaType, row.name, row.used, row.max)
          const n = params.length
          return `($${n - 5}, $${n - 4}, $${n - 3}, $${n - 2}, $${n - 1}, $${n})`
        })
        await db.execute(
          `INSERT INTO quota_samples (account_id, sampled_at, quota_type, name, used_value, max_value)
           VALUES ${values.join(', ')} ON CONFLICT DO NOTHING`,
          params,
        )
      }
    },
    async prune(before) {
      const { rowCount } = await db.execute('DELETE FROM quota_samples WHERE sampled_at < $1', [before])
      return rowCount
    },
    async read(accountId) {
      const rows = await db.query<{
        quota_type: string
        name: string
        sampled_at: number | string
        used_value: number | string
        max_value: number | string
      }>(
        `SELECT quota_type, name, sampled_at, used_value, max_value FROM quota_samples
         WHERE account_id = $1 ORDER BY quota_type, name, sampled_at`,
        [accountId],
      )
      const series = new Map<string, QuotaSeries>()
      for (const row of rows) {
        const key = `${row.quota_type}\u0000${row.name}`
        let one = series.get(key)
        if (!one) {
          one = { quotaType: row.quota_type, name: row.name, samples: [] }
          series.set(key, one)
        }
        // PostgreSQL hands BIGINT back as text.
        one.samples.push({
          at: Number(row.sampled_at),
          used: Number(row.used_value),
          max: Number(row.max_value),
        })
      }
      return [...series.values()]
    },
  }
}

export interface SamplerDeps {
  db: Db
  store: QuotaSampleStore
  config: Config
  accounts: readonly ResolvedAccount[]
  client: SignedClient
  /** The account's rate limit, which the sampler's calls count in like everyone's. */
  limiter?: RateLimiter
  logger: Logger
  /** The lease holder: this replica's name. */
  holder: string
  now?: () => number
}

/**
 * Samples every account once: an account OUTSCALE does not answer is logged (with its RequestId) and skipped, the
 * others are kept. Then prunes what is past the retention.
 */
export async function sampleQuotas(deps: SamplerDeps): Promise<{ sampled: string[]; pruned: number }> {
  const { store, config, accounts, client, logger } = deps
  const now = deps.now ?? Date.now
  const sampled: string[] = []
  await Promise.all(
    accounts.map(async (account) => {
      try {
        await deps.limiter?.acquire(account.id)
      } catch (error) {
        logger.warn(
          { account: account.id, err: error },
          'the quotas of an account were not sampled: the console is already sending many calls to it; the next period tries again',
        )
        return
      }
      const at = now()
      const outcome = await client.send(account, 'ReadQuotas', '{}', config.proxy.timeoutMs)
      if (outcome.kind !== 'response' || outcome.status !== 200) {
        const requestId =
          outcome.kind === 'response' ? /"RequestId"\s*:\s*"([^"]+)"/.exec(outcome.text)?.[1] : undefined
        logger.warn(
          {
            account: account.id,
            ...(outcome.kind === 'response' ? { status: outcome.status, requestId } : { code: outcome.code }),
          },
          'the quotas of an account could not be sampled; the next period tries again',
        )
        return
      }
      const answer = JSON.parse(outcome.text) as ReadQuotasResponse
      await store.record(account.id, at, quotaRows(answer.QuotaTypes ?? []))
      sampled.push(account.id)
    }),
  )
  const pruned = await store.prune(now() - config.quotas.retentionDays * DAY)
  logger.debug({ sampled, pruned }, 'quotas sampled')
  return { sampled, pruned }
}

/**
 * Samples every `quotas.sampleMinutes` on whichever replica takes the period's lease. The first sample is one period
 * after start, not at start: a console restarted several times (a deploy, a crash loop) would otherwise add samples
 * closer together than the interval.
 */
export function startQuotaSampler(deps: SamplerDeps): PeriodicJob {
  return periodic({
    db: deps.db,
    name: 'quota-sampler',
    holder: deps.holder,
    everyMs: Math.round(deps.config.quotas.sampleMinutes * 60_000),
    logger: deps.logger,
    job: () => sampleQuotas(deps),
  })
}
