// Keypairs: real key pairs generated with node:crypto when no public key is given; imports checked and
// fingerprinted. The private key is returned once, by CreateKeypair, and never stored.
import { createHash, generateKeyPairSync } from 'node:crypto'
import type { Keypair } from '@osc-console/osc-api'
import type { HandlerMap } from '../context.ts'
import { oscError } from '../errors.ts'
import { readList } from '../filters.ts'
import type { AccountState, World } from '../state.ts'

export const KEYPAIRS = 'keypairs'

/** Keyed by KeypairId. */
export function keypairs(account: AccountState): Map<string, Keypair> {
  return account.store<Keypair>(KEYPAIRS)
}

function colonHex(buf: Buffer): string {
  return buf.toString('hex').replace(/(..)(?!$)/g, '$1:')
}

function parsePublicKey(publicKey: string): { type: string; blob: Buffer } {
  // The API takes the OpenSSH public key base64-encoded; accept it raw too.
  const decoded = /^(ssh-|ecdsa-)/.test(publicKey)
    ? publicKey
    : Buffer.from(publicKey, 'base64').toString('utf8')
  const [type, data] = decoded.trim().split(/\s+/)
  if (!type || !data || !/^(ssh-rsa|ssh-ed25519|ecdsa-sha2-nistp(256|384|521))$/.test(type)) {
    throw oscError(
      'invalidKey',
      'PublicKey must be an OpenSSH public key (ssh-rsa, ssh-ed25519 or ecdsa-sha2-*), base64-encoded.',
    )
  }
  const blob = Buffer.from(data, 'base64')
  if (blob.length < 32) throw oscError('invalidKey', 'PublicKey is too short to be a key.')
  return { type, blob }
}

export function addKeypair(
  world: World,
  account: AccountState,
  name: string,
  fingerprint: string,
  type = 'ssh-rsa',
) {
  const kp: Keypair = {
    KeypairId: world.newId('key'),
    KeypairName: name,
    KeypairFingerprint: fingerprint,
    KeypairType: type,
    Tags: [],
  }
  keypairs(account).set(kp.KeypairId ?? '', kp)
  account.register(kp.KeypairId ?? '', 'keypair', kp)
  return kp
}

function findByName(account: AccountState, name: string): Keypair | undefined {
  for (const kp of keypairs(account).values()) if (kp.KeypairName === name) return kp
  return undefined
}

export const handlers: HandlerMap = {
  CreateKeypair: (req, ctx) => {
    if (!/^[\x20-\x7e]{1,255}$/.test(req.KeypairName)) {
      throw oscError('invalidKeypairName', 'KeypairName must be 1 to 255 printable ASCII characters.')
    }
    if (findByName(ctx.account, req.KeypairName)) {
      throw oscError('duplicateKey', `A keypair named ${req.KeypairName} already exists.`)
    }
    if (req.PublicKey) {
      const { type, blob } = parsePublicKey(req.PublicKey)
      const kp = addKeypair(
        ctx.world,
        ctx.account,
        req.KeypairName,
        colonHex(createHash('md5').update(blob).digest()),
        type,
      )
      return { Keypair: kp }
    }
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
    const der = privateKey.export({ type: 'pkcs8', format: 'der' })
    const kp = addKeypair(
      ctx.world,
      ctx.account,
      req.KeypairName,
      colonHex(createHash('sha1').update(der).digest()),
    )
    return {
      Keypair: { ...kp, PrivateKey: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString() },
    }
  },
  ReadKeypairs: (req, ctx) => {
    const { page, nextPageToken } = readList(keypairs(ctx.account).values(), req, {
      KeypairFingerprints: 'KeypairFingerprint',
      KeypairNames: 'KeypairName',
      KeypairTypes: 'KeypairType',
      KeypairIds: 'KeypairId',
    })
    return { Keypairs: page, ...(nextPageToken ? { NextPageToken: nextPageToken } : {}) }
  },
  DeleteKeypair: (req, ctx) => {
    const kp = req.KeypairId
      ? keypairs(ctx.account).get(req.KeypairId)
      : req.KeypairName
        ? findByName(ctx.account, req.KeypairName)
        : undefined
    if (!req.KeypairId && !req.KeypairName)
      throw oscError('missingParameter', 'Give KeypairName or KeypairId.')
    if (!kp?.KeypairId)
      throw oscError('noSuchKeypair', `The keypair ${req.KeypairName ?? req.KeypairId ?? ''} does not exist.`)
    keypairs(ctx.account).delete(kp.KeypairId)
    ctx.account.unregister(kp.KeypairId)
    return {}
  },
}
