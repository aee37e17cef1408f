// A small Prometheus text-format registry: counters and histograms with labels, enough for /metrics.

type Labels = Record<string, string | number>

function renderLabels(labels: Labels): string {
  return Object.keys(labels)
    .sort()
    .map(
      (k) => `${k}="${String(labels[k]).replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`,
    )
    .join(',')
}

// Several series are updated on every proxied call; sorting and escaping their labels each time showed in
// profiles. The rendered form is remembered per raw label set (label values are few: routes, actions, statuses).
const renderedLabels = new Map<string, string>()
const MAX_REMEMBERED_LABEL_SETS = 20_000

function labelKey(labels: Labels): string {
  let raw = ''
  for (const k in labels) raw += `${k}\u0001${labels[k]}\u0002`
  let key = renderedLabels.get(raw)
  if (key === undefined) {
    key = renderLabels(labels)
    if (renderedLabels.size < MAX_REMEMBERED_LABEL_SETS) renderedLabels.set(raw, key)
  }
  return key
}

class Counter {
  readonly values = new Map<string, number>()
  constructor(
    readonly name: string,
    readonly help: string,
  ) {}
  inc(labels: Labels = {}, by = 1): void {
    const key = labelKey(labels)
    this.values.set(key, (this.values.get(key) ?? 0) + by)
  }
  get(labels: Labels = {}): number {
    return this.values.get(labelKey(labels)) ?? 0
  }
  render(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} counter`]
    for (const [key, value] of this.values) lines.push(`${this.name}${key ? `{${key}}` : ''} ${value}`)
    return lines.join('\n')
  }
}

const BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30]

class Histogram {
  readonly series = new Map<string, { counts: number[]; sum: number; count: number }>()
  constructor(
    readonly name: string,
    readonly help: string,
  ) {}
  observe(labels: Labels, seconds: number): void {
    const key = labelKey(labels)
    let s = this.series.get(key)
    if (!s) {
      s = { counts: BUCKETS.map(() => 0), sum: 0, count: 0 }
      this.series.set(key, s)
    }
    for (let i = 0; i < BUCKETS.length; i += 1)
      if (seconds <= BUCKETS[i]!) s.counts[i] = (s.counts[i] ?? 0) + 1
    s.sum += seconds
    s.count += 1
  }
  render(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} histogram`]
    for (const [key, s] of this.series) {
      const prefix = key ? `${key},` : ''
      BUCKETS.forEach((bound, i) =>
        lines.push(`${this.name}_bucket{${prefix}le="${bound}"} ${s.counts[i] ?? 0}`),
      )
      lines.push(`${this.name}_bucket{${prefix}le="+Inf"} ${s.count}`)
      lines.push(`${this.name}_sum${key ? `{${key}}` : ''} ${s.sum}`)
      lines.push(`${this.name}_count${key ? `{${key}}` : ''} ${s.count}`)
    }
    return lines.join('\n')
  }
}

export function createMetrics() {
  const metrics = {
    httpRequests: new Counter(
      'osc_console_http_requests_total',
      'HTTP requests answered by the console, by route and status',
    ),
    httpDuration: new Histogram(
      'osc_console_http_request_duration_seconds',
      'Time to answer HTTP requests, by route, action and status',
    ),
    proxyCalls: new Counter(
      'osc_console_proxy_calls_total',
      'OUTSCALE calls through the proxy, by action and status',
    ),
    proxyDuration: new Histogram(
      'osc_console_proxy_call_duration_seconds',
      'Proxy call latency, by action and status',
    ),
    upstreamResponses: new Counter(
      'osc_console_upstream_responses_total',
      'Upstream HTTP answers, by status code',
    ),
    upstreamAttempts: new Counter(
      'osc_console_upstream_attempts_total',
      'Upstream attempts sent (including retries), by account',
    ),
    retries: new Counter('osc_console_upstream_retries_total', 'Upstream retries, by reason'),
    cache: new Counter(
      'osc_console_read_cache_total',
      'Reads answered, by cache result (hit, miss, coalesced)',
    ),
    rateLimitWaits: new Counter(
      'osc_console_rate_limit_waits_total',
      'Calls that waited for the per-account rate limiter',
    ),
    rateLimitWaitSeconds: new Counter(
      'osc_console_rate_limit_wait_seconds_total',
      'Time spent waiting for the rate limiter',
    ),
    rateLimitRejections: new Counter(
      'osc_console_rate_limit_rejections_total',
      'Calls refused because the queue was too long',
    ),
  }
  return {
    ...metrics,
    render(): string {
      return `${Object.values(metrics)
        .map((m) => m.render())
        .join('\n')}\n`
    },
  }
}

export type Metrics = ReturnType<typeof createMetrics>
