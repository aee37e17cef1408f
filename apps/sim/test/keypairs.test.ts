// Keypairs as the API keeps them: a generated pair whose private key is given once, an imported public key, tags,
// reads and deletes by id.
import { createPrivateKey, generateKeyPairSync } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { call, expectOscError, simulatorForFile } from './helpers.ts'

const sim = await simulatorForFile({ seed: 'demo' })

describe('keypairs', () => {
  it('generates a real RSA key pair and refuses a duplicate name', async () => {
    const r = await call<{ Keypair: { PrivateKey: string; KeypairFingerprint: string } }>(
      sim.url,
      'CreateKeypair',
      { KeypairName: 'laptop' },
    )
    const key = createPrivateKey(r.body.Keypair.PrivateKey)
    expect(key.asymmetricKeyType).toBe('rsa')
    expect(r.body.Keypair.KeypairFingerprint).toMatch(/^([0-9a-f]{2}:){19}[0-9a-f]{2}$/)
    expectOscError(await call(sim.url, 'CreateKeypair', { KeypairName: 'laptop' }), 409, '9011')
    const listed = await call<{ Keypairs: Array<Record<string, unknown>> }>(sim.url, 'ReadKeypairs', {
      Filters: { KeypairNames: ['laptop'] },
    })
    expect(listed.body.Keypairs[0]).not.toHaveProperty('PrivateKey')
  })

  it('imports a public key sent base64-encoded, as the API asks, without a private key, and refuses one it cannot read', async () => {
    const raw = Buffer.from(
      generateKeyPairSync('ed25519').publicKey.export({ format: 'jwk' }).x ?? '',
      'base64url',
    )
    const field = (data: Buffer) => Buffer.concat([Buffer.from([0, 0, 0, data.length]), data])
    const line = `ssh-ed25519 ${Buffer.concat([field(Buffer.from('ssh-ed25519')), field(raw)]).toString('base64')} me@laptop`
    const r = await call<{ Keypair: Record<string, unknown> }>(sim.url, 'CreateKeypair', {
      KeypairName: 'imported',
      PublicKey: Buffer.from(line).toString('base64'),
    })
    expect(r.status).toBe(200)
    expect(r.body.Keypair).toMatchObject({ KeypairName: 'imported', KeypairType: 'ssh-ed25519' })
    expect(r.body.Keypair).not.toHaveProperty('PrivateKey')
    expect(r.body.Keypair.KeypairFingerprint).toMatch(/^([0-9a-f]{2}:){15}[0-9a-f]{2}$/)
    expectOscError(
      await call(sim.url, 'CreateKeypair', {
        KeypairName: 'pasted-private-key',
        PublicKey: Buffer.from('-----BEGIN OPENSSH PRIVATE KEY-----').toString('base64'),
      }),
      400,
      '4032',
    )
  })

  it('tags a keypair, finds it by id, and deletes it by id; a second delete says it does not exist', async () => {
    type Listed = { Keypairs: Array<{ KeypairId: string; KeypairName: string; Tags?: unknown[] }> }
    const all = (await call<Listed>(sim.url, 'ReadKeypairs')).body.Keypairs
    const ops = all.find((kp) => kp.KeypairName === 'ops-team')!
    expect(ops.KeypairId).toMatch(/^key-/)
    const tagged = await call(sim.url, 'CreateTags', {
      ResourceIds: [ops.KeypairId],
      Tags: [{ Key: 'team', Value: 'ops' }],
    })
    expect(tagged.status).toBe(200)
    const byId = await call<Listed>(sim.url, 'ReadKeypairs', { Filters: { KeypairIds: [ops.KeypairId] } })
    expect(byId.body.Keypairs).toHaveLength(1)
    expect(byId.body.Keypairs[0]!.Tags).toEqual([{ Key: 'team', Value: 'ops' }])
    expect((await call(sim.url, 'DeleteKeypair', { KeypairId: ops.KeypairId })).status).toBe(200)
    expectOscError(await call(sim.url, 'DeleteKeypair', { KeypairId: ops.KeypairId }), 400, '5071')
  })
})
