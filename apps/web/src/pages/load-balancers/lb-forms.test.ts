import { describe, expect, it } from 'vitest'
import {
  accessLogDraft,
  accessLogProblems,
  accessLogRequest,
  createProblems,
  createRequest,
  healthCheckProblems,
  healthCheckRequest,
  initialCreateForm,
  lbNameProblem,
  listenerParameterFields,
  listenerProblems,
  newListener,
  newPolicy,
  policyProblems,
  policyRequest,
} from './lb-forms.ts'

const ids = (problems: Record<string, { id: string } | undefined>) =>
  Object.entries(problems)
    .filter(([, p]) => p)
    .map(([field, p]) => `${field}:${p!.id}`)

describe('the load-balancer forms', () => {
  it('places each listener problem on its field, including a port taken by another listener', () => {
    expect(
      ids(
        listenerProblems(
          [
            newListener(),
            { ...newListener(), backendPort: 0 },
            { ...newListener(), port: 443, protocol: 'HTTPS' },
          ],
          [8443],
        ),
      ),
    ).toEqual([
      'listeners.1.port:lb.listener.portTaken',
      'listeners.1.backendPort:lb.listener.port',
      'listeners.2.certificate:lb.listener.certificate',
    ])
    expect(ids(listenerProblems([{ ...newListener(), port: 8443 }], [8443]))).toEqual([
      'listeners.0.port:lb.listener.portTaken',
    ])
    expect(listenerParameterFields(2)['Listeners[1].ServerCertificateId']).toBe('listeners.1.certificate')
  })

  it('sends a certificate only with HTTPS and SSL listeners, and a path only with HTTP and HTTPS checks', () => {
    const form = initialCreateForm()
    form.name = 'shop-lb'
    form.subregion = 'eu-west-2a'
    form.listeners = [{ ...newListener(), certificate: 'orn:left-over' }]
    expect(createRequest(form)).toEqual({
      LoadBalancerName: 'shop-lb',
      Listeners: [
        { LoadBalancerProtocol: 'HTTP', LoadBalancerPort: 80, BackendProtocol: 'HTTP', BackendPort: 8080 },
      ],
      SubregionNames: ['eu-west-2a'],
    })
    expect(healthCheckRequest({ ...form.healthCheck, Protocol: 'TCP' })).not.toHaveProperty('Path')
    expect(ids(healthCheckProblems({ ...form.healthCheck, Timeout: 61 }, 'healthCheck'))).toEqual([
      'healthCheck.Timeout:lb.healthCheck.range',
    ])
  })

  it('asks for a name OUTSCALE accepts, and for subnets or a Subregion', () => {
    expect(lbNameProblem('web-lb')).toBeUndefined()
    expect(lbNameProblem('-web')?.id).toBe('lb.form.name.invalid')
    expect(lbNameProblem('a'.repeat(33))?.id).toBe('lb.form.name.invalid')
    expect(lbNameProblem(' ')?.id).toBe('lb.form.name.required')
    const form = { ...initialCreateForm(), name: 'web', placement: 'subnets' as const }
    expect(ids(createProblems(form))).toEqual(['subnets:lb.form.subnets.required'])
    expect(createRequest({ ...form, subnets: ['subnet-1'], type: 'internal' })).toMatchObject({
      Subnets: ['subnet-1'],
      LoadBalancerType: 'internal',
    })
  })
})

describe('access logs and sticky-session policies', () => {
  it('needs a bucket only when access logs are on, and publishes every 5 or 60 minutes', () => {
    const off = accessLogDraft(undefined)
    expect(off).toEqual({ enabled: false, bucket: '', prefix: '', interval: '60' })
    expect(accessLogProblems(off).bucket).toBeUndefined()
    expect(accessLogProblems({ ...off, enabled: true }).bucket?.id).toBe('lb.accessLog.bucketRequired')
    expect(accessLogRequest({ enabled: true, bucket: ' logs ', prefix: '', interval: '5' })).toEqual({
      IsEnabled: true,
      OsuBucketName: 'logs',
      PublicationInterval: 5,
    })
  })

  it('checks a policy name, its cookie or lifetime, and sends only what its type takes', () => {
    expect(ids(policyProblems({ ...newPolicy(), name: 'sticky' }, ['other']))).toEqual([])
    expect(ids(policyProblems({ ...newPolicy(), name: 'sticky', expiration: '0' }, ['sticky']))).toEqual([
      'name:lb.policy.nameTaken',
      'expiration:lb.policy.expirationInvalid',
    ])
    expect(ids(policyProblems({ ...newPolicy(), type: 'app', name: 'a b' }, []))).toEqual([
      'name:lb.policy.nameInvalid',
      'cookie:lb.policy.cookieRequired',
    ])
    expect(
      policyRequest('web', { type: 'app', name: 'app', cookie: 'JSESSIONID', expiration: '60' }),
    ).toEqual({
      LoadBalancerName: 'web',
      PolicyName: 'app',
      PolicyType: 'app',
      CookieName: 'JSESSIONID',
    })
    expect(policyRequest('web', { ...newPolicy(), name: 'lb', expiration: '300' })).toMatchObject({
      PolicyType: 'load_balancer',
      CookieExpirationPeriod: 300,
    })
  })
})
