import { describe, expect, it } from 'vitest'
import {
  createProblems,
  createRequest,
  healthCheckProblems,
  healthCheckRequest,
  initialCreateForm,
  lbNameProblem,
  listenerParameterFields,
  listenerProblems,
  newListener,
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
