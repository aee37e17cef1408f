// The console's Prometheus metrics (prom-client): the process's own (CPU, memory, event-loop lag, GC) and the
// console's counters and histograms, every series labelled with the replica that answers. Label values are bounded:
// routes are templates, actions come from the contract, statuses and accounts from the configuration.
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client'

const BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30]

export function createMetrics(replica: string) {
  const registry = new Registry()
  registry.setDefaultLabels({ replica })
  collectDefaultMetrics({ register: registry, prefix: 'osc_console_' })
  const registers = [registry]
  const counter = <L extends string>(name: string, help: string, labelNames: readonly L[]) =>
    new Counter<L>({ name, help, labelNames, registers })
  const histogram = <L extends string>(name: string, help: string, labelNames: readonly L[]) =>
    new Histogram<L>({ name, help, labelNames, buckets: BUCKETS, registers })
  return {
    httpRequests: counter(
      'osc_console_http_requests_total',
      'HTTP requests answered by the console, by route and status',
      ['route', 'action', 'method', 'status'],
    ),
    httpDuration: histogram(
      'osc_console_http_request_duration_seconds',
      'Time to answer HTTP requests, by route, action and status',
      ['route', 'action', 'status'],
    ),
    proxyCalls: counter(
      'osc_console_proxy_calls_total',
      'OUTSCALE calls through the proxy, by action and status',
      ['action', 'status'],
    ),
    proxyDuration: histogram(
      'osc_console_proxy_call_duration_seconds',
      'Proxy call latency, by action and status',
      ['action', 'status'],
    ),
    upstreamResponses: counter(
      'osc_console_upstream_responses_total',
      'Upstream HTTP answers, by status code',
      ['status'],
    ),
    upstreamAttempts: counter(
      'osc_console_upstream_attempts_total',
      'Upstream attempts sent (including retries), by account',
      ['account'],
    ),
    retries: counter('osc_console_upstream_retries_total', 'Upstream retries, by reason', [
      'reason',
      'action',
    ]),
    cache: counter('osc_console_read_cache_total', 'Reads answered, by cache result (hit, miss, coalesced)', [
      'result',
    ]),
    rateLimitWaits: counter(
      'osc_console_rate_limit_waits_total',
      'Calls that waited for the per-account rate limiter',
      ['account'],
    ),
    rateLimitWaitSeconds: counter(
      'osc_console_rate_limit_wait_seconds_total',
      'Time spent waiting for the rate limiter',
      ['account'],
    ),
    rateLimitRejections: counter(
      'osc_console_rate_limit_rejections_total',
      'Calls refused because the queue was too long',
      ['account'],
    ),
    contentType: registry.contentType,
    render: (): Promise<string> => registry.metrics(),
  }
}

export type Metrics = ReturnType<typeof createMetrics>
