// What OUTSCALE accepts as a keypair: its name, and an imported public key in OpenSSH format. Checked before
// sending so that a pasted private key, a key cut in two or a PEM file is explained in words, not by a 4032.
import { text, type Text } from '../../../i18n/text.ts'

export const publicKeyTypes = [
  'ssh-ed25519',
  'ssh-rsa',
  'ecdsa-sha2-nistp256',
  'ecdsa-sha2-nistp384',
  'ecdsa-sha2-nistp521',
] as const

export function keypairNameProblem(name: string): Text | undefined {
  const trimmed = name.trim()
  if (!trimmed) return text('keypairForms.name.required')
  return /^[\x20-\x7e]{1,255}$/.test(trimmed) ? undefined : text('keypairForms.name.invalid')
}

function decodeBase64(data: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(data) || data.length % 4 !== 0) return undefined
  try {
    return Uint8Array.from(atob(data), (c) => c.charCodeAt(0))
  } catch {
    return undefined
  }
}

/** The key type written inside the key's own data: its first length-prefixed string. */
function innerType(blob: Uint8Array): string | undefined {
  if (blob.length < 4) return undefined
  const length = ((blob[0] ?? 0) << 24) | ((blob[1] ?? 0) << 16) | ((blob[2] ?? 0) << 8) | (blob[3] ?? 0)
  if (length <= 0 || length > 64 || blob.length < 4 + length) return undefined
  return String.fromCharCode(...blob.slice(4, 4 + length))
}

/**
 * Why a pasted public key is not one OUTSCALE can import (`<type> <base64> [comment]`, as in a .pub file), or
 * undefined when it is.
 */
export function publicKeyProblem(key: string): Text | undefined {
  const trimmed = key.trim()
  if (!trimmed) return text('keypairForms.publicKey.required')
  if (/PRIVATE KEY/.test(trimmed)) return text('keypairForms.publicKey.private')
  if (/^-----BEGIN/.test(trimmed)) return text('keypairForms.publicKey.pem')
  if (/[\r\n]/.test(trimmed)) return text('keypairForms.publicKey.oneLine')
  const [type = '', data = ''] = trimmed.split(/\s+/)
  if (!(publicKeyTypes as readonly string[]).includes(type)) return text('keypairForms.publicKey.type')
  const blob = decodeBase64(data)
  if (!blob) return text('keypairForms.publicKey.base64')
  const inner = innerType(blob)
  if (inner !== type) return text('keypairForms.publicKey.mismatch', { type })
  return undefined
}

/** The key as OUTSCALE takes it: the OpenSSH line, base64-encoded (UTF-8, for a comment with accents). */
export function encodePublicKey(key: string): string {
  const line = key.trim().split(/\s+/).join(' ')
  let binary = ''
  for (const byte of new TextEncoder().encode(line)) binary += String.fromCharCode(byte)
  return btoa(binary)
}
