import { describe, expect, it } from 'vitest'
import type { BackendVmHealth, HealthCheck } from '@osc-console/osc-api'
import { FAST_MS, SLOW_MS, THROTTLE_FACTOR } from '@osc-console/data'
import {
  backendSummary,
  healthPollInterval,
  healthSignature,
  isSettling,
  nextHealthPoll,
  validateHealthCheck,
  validateListener,
  type HealthPollInput,
} from './lb-rules.ts'

const fields = (problems: Array<{ field: string; message: { id: string } }>) =>
  problems.map((p) => `${p.field}:${p.message.id}`)

describe('listeners', () => {
  it('accepts HTTP/HTTPS/TCP/SSL on ports 1–65535 in any case', () => {
    expect(
      validateListener({
        LoadBalancerProtocol: 'http',
        LoadBalancerPort: 80,
        BackendPort: 8080,
        BackendProtocol: 'HTTP',
      }),
    ).toEqual([])
    expect(
      validateListener({ LoadBalancerProtocol: 'TCP', LoadBalancerPort: 65535, BackendPort: 1 }),
    ).toEqual([])
  })

  it('refuses other protocols, port 0 and ports over 65535', () => {
    expect(
      fields(
        validateListener({
          LoadBalancerProtocol: 'UDP',
          LoadBalancerPort: 0,
          BackendPort: 65536,
          BackendProtocol: 'FTP',
        }),
      ),
    ).toEqual([
      'LoadBalancerProtocol:lb.listener.protocol',
      'BackendProtocol:lb.listener.protocol',
      'LoadBalancerPort:lb.listener.port',
      'BackendPort:lb.listener.port',
    ])
  })

  it('needs a server certificate for HTTPS and SSL, and a port no other listener takes', () => {
    expect(
      fields(validateListener({ LoadBalancerProtocol: 'HTTPS', LoadBalancerPort: 443, BackendPort: 80 })),
    ).toEqual(['ServerCertificateId:lb.listener.certificate'])
    expect(
      validateListener({
        LoadBalancerProtocol: 'SSL',
        LoadBalancerPort: 443,
        BackendPort: 80,
        ServerCertificateId: 'orn:ows:idauth::012345678910:server-certificate/web',
      }),
    ).toEqual([])
    expect(
      validateListener({ LoadBalancerProtocol: 'TCP', LoadBalancerPort: 80, BackendPort: 80 }, [80]),
    ).toEqual([{ field: 'LoadBalancerPort', message: { id: 'lb.listener.portTaken', values: { port: 80 } } }])
  })
})

describe('health check', () => {
  const check: HealthCheck = {
    CheckInterval: 30,
    HealthyThreshold: 10,
    UnhealthyThreshold: 2,
    Timeout: 5,
    Port: 80,
    Protocol: 'HTTP',
    Path: '/health',
  }

  it('accepts the API ranges at both ends', () => {
    expect(validateHealthCheck(check)).toEqual([])
    expect(
      validateHealthCheck({
        CheckInterval: 5,
        HealthyThreshold: 2,
        UnhealthyThreshold: 10,
        Timeout: 60,
        Port: 65535,
        Protocol: 'tcp',
      }),
    ).toEqual([])
    expect(
      validateHealthCheck({ ...check, CheckInterval: 600, HealthyThreshold: 10, Timeout: 2, Port: 1 }),
    ).toEqual([])
  })

  it('refuses numbers one step outside each range, with the range in the message', () => {
    const problems = validateHealthCheck({
      ...check,
      CheckInterval: 4,
      HealthyThreshold: 11,
      UnhealthyThreshold: 1,
      Timeout: 61,
      Port: 0,
    })
    expect(problems.map((p) => [p.field, p.message.values])).toEqual([
      ['CheckInterval', { min: 5, max: 600 }],
      ['HealthyThreshold', { min: 2, max: 10 }],
      ['UnhealthyThreshold', { min: 2, max: 10 }],
      ['Timeout', { min: 2, max: 60 }],
      ['Port', { min: 1, max: 65535 }],
    ])
  })

  it('needs a path starting with / for HTTP and HTTPS, and a known protocol', () => {
    expect(fields(validateHealthCheck({ ...check, Path: 'health' }))).toEqual(['Path:lb.healthCheck.path'])
    expect(fields(validateHealthCheck({ ...check, Protocol: 'HTTPS', Path: undefined }))).toEqual([
      'Path:lb.healthCheck.path',
    ])
    expect(fields(validateHealthCheck({ ...check, Protocol: 'ICMP' }))).toEqual([
      'Protocol:lb.healthCheck.protocol',
    ])
  })
})

describe('backends', () => {
  it('counts healthy out of registered, and those the health answer does not mention yet as unknown', () => {
    const lb = { BackendVmIds: ['i-1', 'i-2', 'i-3', 'i-4'] }
    const health = [
      { VmId: 'i-1', State: 'InService' },
      { VmId: 'i-2', State: 'OutOfService' },
      { VmId: 'i-3', State: 'Unknown' },
      { VmId: 'i-gone', State: 'InService' },
    ]
    expect(backendSummary(lb, health)).toEqual({ healthy: 1, total: 4, unhealthy: 1, unknown: 2 })
    expect(backendSummary({}, undefined)).toEqual({ healthy: 0, total: 0, unhealthy: 0, unknown: 0 })
  })

  it('tells a backend still registering from one that is down', () => {
    expect(isSettling({ State: 'Unknown' })).toBe(true)
    expect(
      isSettling({
        State: 'OutOfService',
        StateReason: 'ELB',
        Description: 'Instance registration is still in progress.',
      }),
    ).toBe(true)
    expect(isSettling({ State: 'OutOfService', StateReason: 'Instance', Description: 'failed checks' })).toBe(
      false,
    )
    expect(isSettling({ State: 'InService' })).toBe(false)
  })

  it('compares health answers regardless of order', () => {
    expect(
      healthSignature([
        { VmId: 'b', State: 'InService' },
        { VmId: 'a', State: 'OutOfService' },
      ]),
    ).toBe(
      healthSignature([
        { VmId: 'a', State: 'OutOfService' },
        { VmId: 'b', State: 'InService' },
      ]),
    )
  })
})

describe('polling ReadVmsHealth', () => {
  const quiet: HealthPollInput = {
    previousMs: FAST_MS,
    changed: false,
    settling: false,
    hidden: false,
    lastThrottledAt: undefined,
    now: 1_000_000,
  }

  it('polls fast first, while states change and while a backend settles', () => {
    expect(healthPollInterval({ ...quiet, previousMs: undefined })).toBe(FAST_MS)
    expect(healthPollInterval({ ...quiet, previousMs: SLOW_MS, changed: true })).toBe(FAST_MS)
    expect(healthPollInterval({ ...quiet, previousMs: SLOW_MS, settling: true })).toBe(FAST_MS)
  })

  it('backs off by doubling while nothing changes, up to the slow interval, and stops when hidden', () => {
    const intervals: number[] = []
    let previous: number | undefined
    for (let i = 0; i < 8; i++) {
      const next = healthPollInterval({ ...quiet, previousMs: previous, changed: i === 0 })
      if (next === false) throw new Error('stopped')
      intervals.push(next)
      previous = next
    }
    expect(intervals).toEqual([FAST_MS, 4_000, 8_000, 16_000, SLOW_MS, SLOW_MS, SLOW_MS, SLOW_MS])
    expect(healthPollInterval({ ...quiet, hidden: true })).toBe(false)
  })

  it('stretches every interval after a throttling answer without compounding the back-off', () => {
    const throttled = { ...quiet, lastThrottledAt: quiet.now - 1_000 }
    expect(healthPollInterval({ ...throttled, changed: true })).toBe(FAST_MS * THROTTLE_FACTOR)
    expect(healthPollInterval({ ...throttled, previousMs: FAST_MS * THROTTLE_FACTOR })).toBe(
      4_000 * THROTTLE_FACTOR,
    )
  })
})

describe("polling one page's health read", () => {
  const up: BackendVmHealth[] = [{ VmId: 'i-1', State: 'InService' }]
  const at = (answeredAt: number, health: BackendVmHealth[] = up, registered = 'i-1') => ({
    answeredAt,
    registered,
    health,
    hidden: false,
    lastThrottledAt: undefined,
    now: 1_000_000,
  })

  it('backs off once per answer however often it is asked, and speeds up when a backend is registered', () => {
    let memo = {}
    const intervals: Array<number | false> = []
    const ask = (input: ReturnType<typeof at>) => {
      const step = nextHealthPoll(memo, input)
      memo = step.memo
      intervals.push(step.interval)
    }
    ask(at(0, [])) // before the first answer
    ask(at(1))
    ask(at(1)) // a re-render: same answer, same interval
    ask(at(2))
    ask(at(2))
    ask(at(3))
    ask(
      at(
        4,
        [
          ...up,
          {
            VmId: 'i-2',
            State: 'OutOfService',
            StateReason: 'ELB',
            Description: 'Instance registration is still in progress.',
          },
        ],
        'i-1,i-2',
      ),
    )
    expect(intervals).toEqual([FAST_MS, FAST_MS, FAST_MS, 4_000, 4_000, 8_000, FAST_MS])
  })
})
