// Every one of the 235 operations answers: a minimal valid request (required fields only, ids taken from the
// demo seed or from earlier answers) gets either a 200 whose body passes the contract's strict response schema,
// or an OUTSCALE-shaped 4xx — never a 500, a hang or a body of another shape.
import { actionNames, requestSchemas, responseSchemas } from '@osc-console/osc-api'
import { describe, expect, it } from 'vitest'
import { minimal } from '../src/families/generic.ts'
import { call, simulatorForFile } from './helpers.ts'

const sim = await simulatorForFile({ seed: 'demo' }, { reset: false })

type Obj = Record<string, unknown>

/** Remembers the first value seen for every *Id / *Name field of a successful answer. */
function harvest(value: unknown, into: Map<string, string>): void {
  if (Array.isArray(value)) value.forEach((v) => harvest(v, into))
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (typeof v === 'string' && v && /(Id|Name)$/.test(k) && !into.has(k)) into.set(k, v)
      else harvest(v, into)
    }
  }
}

function fill(request: Obj, known: Map<string, string>): Obj {
  const out: Obj = { ...request }
  for (const [k, v] of Object.entries(out)) {
    const single = k.endsWith('Ids') ? k.slice(0, -1) : k.endsWith('Names') ? k.slice(0, -1) : k
    const value = known.get(single)
    if (value === undefined) continue
    if (typeof v === 'string' && v === '') out[k] = value
    if (Array.isArray(v) && v.length === 0) out[k] = [value]
  }
  return out
}

describe('every operation of the contract', () => {
  it('answers a minimal valid request with a schema-valid 200 or an OUTSCALE-shaped 4xx', async () => {
    const known = new Map<string, string>()
    // Ids of healthy demo resources first (never the sim:fail sentinel VM).
    const prodVm = await call(sim.url, 'ReadVms', { Filters: { Tags: ['Name=web-prod-1'] } })
    harvest(prodVm.body, known)
    for (const read of [
      'ReadVolumes',
      'ReadSnapshots',
      'ReadSecurityGroups',
      'ReadSubnets',
      'ReadLoadBalancers',
      'ReadKeypairs',
      'ReadNetAccessPointServices',
    ]) {
      harvest(
        (
          await call(sim.url, read, {
            ...(read === 'ReadVolumes' ? { Filters: { VolumeStates: ['available'] } } : {}),
          })
        ).body,
        known,
      )
    }
    // A peering needs two Nets of the account and, to be accepted or deleted, a pending request: no read of the
    // seed holds those under the names the requests use.
    const nets = (await call<{ Nets: Array<{ NetId: string }> }>(sim.url, 'ReadNets')).body.Nets
    const spare = await call<{ Net: { NetId: string } }>(sim.url, 'CreateNet', { IpRange: '10.9.0.0/16' })
    const pending = await call<{ NetPeering: { NetPeeringId: string } }>(sim.url, 'CreateNetPeering', {
      SourceNetId: nets[1]?.NetId,
      AccepterNetId: nets[0]?.NetId,
    })
    known.set('SourceNetId', nets[0]?.NetId ?? '')
    known.set('AccepterNetId', spare.body.Net.NetId)
    known.set('NetPeeringId', pending.body.NetPeering.NetPeeringId)
    // EIM user calls refuse an empty name, as the API does: CreateUser makes this one, the others find it.
    known.set('UserName', 'probe-user')
    // Only an image of the account's own, once available, can be exported.
    const own = await call<{ Image: { ImageId: string } }>(sim.url, 'CreateImage', {
      VmId: known.get('VmId'),
      ImageName: 'all-operations',
    })
    sim.advance(60_000)
    known.set('ImageId', own.body.Image.ImageId)
    const outcomes: Record<string, string> = {}
    const failures: string[] = []
    for (const action of actionNames) {
      const request = fill(minimal(requestSchemas[action] as never) as Obj, known)
      expect(requestSchemas[action].safeParse(request).success, `${action} minimal request`).toBe(true)
      const r = await call(sim.url, action, request)
      if (r.status === 200) {
        const parsed = responseSchemas[action].safeParse(r.body)
        if (!parsed.success) failures.push(`${action}: ${JSON.stringify(parsed.error.issues.slice(0, 2))}`)
        if (!r.body.ResponseContext?.RequestId) failures.push(`${action}: no RequestId`)
        harvest(r.body, known)
        outcomes[action] = '200'
      } else {
        const e = r.body.Errors?.[0]
        if (r.status >= 500 || r.status < 400 || !e?.Code || !e.Type) {
          failures.push(`${action}: ${r.status} ${JSON.stringify(r.body)}`)
        }
        outcomes[action] = `${r.status}/${e?.Code ?? ''}`
      }
    }
    expect(failures).toEqual([])
    expect(Object.keys(outcomes)).toHaveLength(actionNames.length)
    const ok = Object.values(outcomes).filter((o) => o === '200').length
    // Most operations succeed on a minimal request; the others refuse it the way the API would (an empty
    // name, a CIDR of "", a resource the earlier Delete removed).
    expect(
      ok,
      JSON.stringify(Object.fromEntries(Object.entries(outcomes).filter(([, o]) => o !== '200'))),
    ).toBeGreaterThan(actionNames.length * 0.65)
  })
})
