// Work that must run on one replica at a time (the session sweep, and any other periodic job) takes a lease in the
// database first: a row per job naming the replica that holds it until when. Taking it is one statement, so two
// replicas asking at once cannot both win; a replica that dies simply lets its lease run out.
import type { Logger } from './logger.ts'
import type { Db } from './storage/index.ts'

/** Takes (or renews) the lease `name` for `holder` until now + ttlMs; true when this holder has it. */
export async function takeLease(
  db: Db,
  name: string,
  holder: string,
  ttlMs: number,
  now: number = Date.now(),
): Promise<boolean> {
  const { rowCount } = await db.execute(
    `INSERT INTO leases (name, holder, expires_at) VALUES ($1, $2, $3)
     ON CONFLICT (name) DO UPDATE SET holder = $2, expires_at = $3
     WHERE leases.expires_at <= $4 OR leases.holder = $2`,
    [name, holder, now + ttlMs, now],
  )
  return rowCount === 1
}

export interface PeriodicJob {
  /** Runs the job now if this replica can take its lease. */
  tick(): Promise<boolean>
  stop(): void
}

/**
 * Runs `job` every `everyMs` on whichever replica takes the lease for that period: each period's lease lasts a
 * little less than the period, so exactly one replica's tick wins it and the others skip that period.
 */
export function periodic(options: {
  db: Db
  name: string
  holder: string
  everyMs: number
  logger: Logger
  job: () => Promise<unknown>
}): PeriodicJob {
  const { db, name, holder, everyMs, logger, job } = options
  const tick = async (): Promise<boolean> => {
    try {
      const taken = await takeLease(db, name, holder, Math.floor(everyMs * 0.9))
      if (!taken) return false
      await job()
      return true
    } catch (err) {
      logger.warn({ err, job: name }, 'a periodic job failed; the next period tries again')
      return false
    }
  }
  const timer = setInterval(() => void tick(), everyMs)
  timer.unref()
  return { tick, stop: () => clearInterval(timer) }
}
