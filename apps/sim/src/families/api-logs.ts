// ReadApiLogs: every call the simulator answered for the account, with the API's filters and pagination.
import { SPEC_VERSION } from '@osc-console/osc-api'
import type { Log, With } from '@osc-console/osc-api'
import type { HandlerMap } from '../context.ts'
import { oscError } from '../errors.ts'
import { paginate } from '../filters.ts'

const DAY = 86_400_000

function parseDate(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined
  const at = Date.parse(value)
  if (Number.isNaN(at))
    throw oscError('invalidParameterValue', `${name} must be an ISO 8601 date or date-time.`)
  return at
}

export const handlers: HandlerMap = {
  ReadApiLogs: (req, ctx) => {
    const f = req.Filters ?? {}
    let after = parseDate(f.QueryDateAfter, 'QueryDateAfter')
    let before = parseDate(f.QueryDateBefore, 'QueryDateBefore')
    // Defaults as documented: a 48-hour window ending now, or around the one bound given.
    if (after === undefined && before === undefined) before = ctx.now + 1
    if (after === undefined) after = (before ?? ctx.now) - 2 * DAY
    if (before === undefined) before = after + 2 * DAY
    const inList = <T>(list: T[] | undefined, v: T) => !list || list.length === 0 || list.includes(v)
    const matching = ctx.account.apiLogs.filter(
      (l) =>
        l.date >= (after ?? 0) &&
        l.date < (before ?? Infinity) &&
        inList(f.QueryAccessKeys, l.accessKey) &&
        inList(f.QueryApiNames, 'oapi') &&
        inList(f.QueryCallNames, l.callName) &&
        inList(f.QueryIpAddresses, l.ip) &&
        inList(f.QueryUserAgents, l.userAgent) &&
        inList(f.RequestIds, l.requestId) &&
        inList(f.ResponseStatusCodes, l.status),
    )
    matching.reverse()
    const { page, nextPageToken } = paginate(matching, { ...req, ResultsPerPage: req.ResultsPerPage ?? 100 })
    const want: With = req.With ?? {}
    const show = (k: keyof With) => want[k] !== false
    const logs: Log[] = page.map((l) => {
      const log: Log = {}
      if (show('AccountId')) log.AccountId = ctx.account.accountId
      if (show('CallDuration')) log.CallDuration = l.durationUs
      if (show('QueryAccessKey')) log.QueryAccessKey = l.accessKey
      if (show('QueryApiName')) log.QueryApiName = 'oapi'
      if (show('QueryApiVersion')) log.QueryApiVersion = SPEC_VERSION
      if (show('QueryCallName')) log.QueryCallName = l.callName
      if (show('QueryDate')) log.QueryDate = new Date(l.date).toISOString()
      if (show('QueryHeaderSize')) log.QueryHeaderSize = l.headerSize
      if (show('QueryIpAddress')) log.QueryIpAddress = l.ip
      if (show('QueryPayloadRaw')) log.QueryPayloadRaw = l.payload
      if (show('QueryPayloadSize')) log.QueryPayloadSize = l.payloadSize
      if (show('QueryUserAgent')) log.QueryUserAgent = l.userAgent
      if (show('RequestId')) log.RequestId = l.requestId
      if (show('ResponseStatusCode')) log.ResponseStatusCode = l.status
      return log
    })
    return { Logs: logs, ...(nextPageToken ? { NextPageToken: nextPageToken } : {}) }
  },
}
