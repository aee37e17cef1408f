import { describe, expect, it } from 'vitest'
import { generateKeyPairSync } from 'node:crypto'
import { encodePublicKey, keypairNameProblem, publicKeyProblem } from './keypair-format.ts'

/** An OpenSSH public key line as ssh-keygen writes it: type, then base64 of (string type, string key). */
function ed25519Line(comment = 'me@laptop'): string {
  const { publicKey } = generateKeyPairSync('ed25519')
  const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url')
  const field = (data: Buffer) => Buffer.concat([Buffer.from([0, 0, 0, data.length]), data])
  const blob = Buffer.concat([field(Buffer.from('ssh-ed25519')), field(raw)])
  return `ssh-ed25519 ${blob.toString('base64')} ${comment}`.trim()
}

describe('the public key check before importing', () => {
  it('accepts an OpenSSH ed25519 key with or without a comment, and with stray spaces around it', () => {
    expect(publicKeyProblem(ed25519Line())).toBeUndefined()
    expect(publicKeyProblem(ed25519Line(''))).toBeUndefined()
    expect(publicKeyProblem(`  ${ed25519Line()}\n`)).toBeUndefined()
  })

  it('asks for a key when the field is empty', () => {
    expect(publicKeyProblem('  ')).toEqual({ id: 'keypairForms.publicKey.required' })
  })

  it('refuses a private key, saying so, rather than sending it anywhere', () => {
    const { privateKey } = generateKeyPairSync('ed25519')
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
    expect(publicKeyProblem(pem)).toEqual({ id: 'keypairForms.publicKey.private' })
  })

  it('refuses a PEM public key and says how to get the OpenSSH line', () => {
    const { publicKey } = generateKeyPairSync('ed25519')
    const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString()
    expect(publicKeyProblem(pem)).toEqual({ id: 'keypairForms.publicKey.pem' })
  })

  it('refuses an unknown type, a missing or damaged base64 part, and two keys pasted together', () => {
    const line = ed25519Line()
    expect(publicKeyProblem(line.replace('ssh-ed25519', 'ssh-dss'))).toEqual({
      id: 'keypairForms.publicKey.type',
    })
    expect(publicKeyProblem('ssh-ed25519')).toEqual({ id: 'keypairForms.publicKey.base64' })
    expect(publicKeyProblem('ssh-ed25519 not*base64')).toEqual({ id: 'keypairForms.publicKey.base64' })
    expect(publicKeyProblem(`${line}\n${line}`)).toEqual({ id: 'keypairForms.publicKey.oneLine' })
  })

  it('refuses a key whose data says another type than its first word (an RSA key labelled ed25519)', () => {
    const blob = Buffer.concat([Buffer.from([0, 0, 0, 7]), Buffer.from('ssh-rsa'), Buffer.alloc(64, 1)])
    expect(publicKeyProblem(`ssh-ed25519 ${blob.toString('base64')}`)).toEqual({
      id: 'keypairForms.publicKey.mismatch',
      values: { type: 'ssh-ed25519' },
    })
  })

  it('sends the key line base64-encoded, as the API asks, keeping a comment with accents', () => {
    const line = ed25519Line('élodie@portable')
    expect(Buffer.from(encodePublicKey(`  ${line.replace(' ', '   ')}\n`), 'base64').toString('utf8')).toBe(
      line,
    )
  })
})

describe('the keypair name check', () => {
  it('takes 1 to 255 printable ASCII characters', () => {
    expect(keypairNameProblem('my laptop (2026)')).toBeUndefined()
    expect(keypairNameProblem('')).toEqual({ id: 'keypairForms.name.required' })
    expect(keypairNameProblem('clé')).toEqual({ id: 'keypairForms.name.invalid' })
    expect(keypairNameProblem('x'.repeat(256))).toEqual({ id: 'keypairForms.name.invalid' })
  })
})
