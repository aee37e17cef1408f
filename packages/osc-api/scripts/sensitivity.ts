// Which calls and fields the console treats as secret: the sensitive reads (refused to roles that may not read
// secrets, never shared by the read cache) and every field that holds a secret, wherever the spec puts it.
import { refName, type Schema, type Spec } from './spec.ts'

// Calls that return secrets or private data even when their response shape alone does not say so.
const SENSITIVE_BY_NAME = new Set([
  'ReadAdminPassword',
  'ReadConsoleOutput',
  'ReadAccessKeys',
  'ReadSecretAccessKey',
  'ReadApiAccessRules',
  'ReadApiAccessPolicy',
  // Who may use the account's API with keys of their own: for admins, as are the keys themselves.
  'ReadUsers',
  'ReadCas',
  // Answers whether a login and password are right: with the console's key, an oracle for guessing passwords.
  'CheckAuthentication',
])

// ---- secret fields ----------------------------------------------------------------------------------
//
// Every field of the spec that holds key material, a password, a pre-shared key, user data or a raw request, by
// its name (the spec names a field the same wherever it appears). How the console treats a secret in an answer:
//   sensitive  the call that returns it is a sensitive read: refused to roles that may not read secrets, never
//              shared between people by the read cache;
//   mask       the call stays an ordinary read (the pages need the rest of the answer), and the BFF replaces the
//              value with a marker for roles that may not read secrets.
// In a request, every secret field is kept out of the audit log, the log lines and stored bulk items.
export const SECRET_FIELDS: Record<string, { treatment: 'sensitive' | 'mask'; why: string }> = {
  AdminPassword: { treatment: 'sensitive', why: "a Windows VM's administrator password" },
  ConsoleOutput: { treatment: 'sensitive', why: 'boot logs print passwords and keys' },
  SecretKey: { treatment: 'sensitive', why: 'the secret half of an access key' },
  PrivateKey: { treatment: 'sensitive', why: 'a keypair or certificate private key' },
  Password: { treatment: 'sensitive', why: 'an account password' },
  PreSharedKey: { treatment: 'mask', why: "a VPN tunnel's pre-shared key" },
  ClientGatewayConfiguration: {
    treatment: 'mask',
    why: 'the client gateway configuration embeds the pre-shared key',
  },
  BgpKey: { treatment: 'mask', why: 'a Direct Link BGP authentication key' },
  UserData: { treatment: 'mask', why: 'VM boot scripts often carry passwords and tokens' },
  QueryPayloadRaw: { treatment: 'mask', why: 'the raw body of a logged call, with whatever secret it sent' },
  QueryHeaderRaw: { treatment: 'mask', why: 'the raw headers of a logged call, with its signature' },
}

// Fields whose name or description looks like a secret but which are not one, each with why.
export const NOT_SECRET_FIELDS: Record<string, string> = {
  AccessKey: 'an object whose SecretKey is classified on its own',
  OsuApiKey: 'an object whose SecretKey is classified on its own',
  ApiKeyId: 'the identifier of an OOS key, not its secret',
  AccessKeyId: 'the identifier of an access key, not its secret',
  QueryAccessKey: 'the access key identifier of a logged call, not its secret',
  PublicKey: 'a public key',
  Body: 'a PEM certificate (public) or a policy document',
  CaPem: 'a public CA certificate',
  Chain: 'public intermediate certificates',
  Key: 'the key of a tag',
  ClientToken: 'an idempotency token chosen by the caller',
  NextPageToken: 'a pagination cursor',
  Email: 'an e-mail address',
  Login: 'an e-mail address',
  OutscaleLoginAllowed: 'a setting',
  QueryHeaderSize: 'a size',
  QueryPayloadSize: 'a size',
}

/** A field name that may hold a secret: it must be classified in one of the two tables above. */
const LOOKS_SECRET_NAME = /password|secret|privatekey|presharedkey|key$|userdata|raw$|pem$|token$|credential/i
/** The same, from the spec's prose (present in the shared spec, stripped from the committed copy). */
const LOOKS_SECRET_TEXT =
  /password|secret|private key|pre-shared|passphrase|credential|user ?data|raw (payload|header)|authentication key|key material|PEM/i

/** Fields that may hold a secret and that neither table classifies, as `Schema.Field`. */
export function unclassifiedSecretFields(spec: Spec): string[] {
  const out: string[] = []
  for (const [schemaName, schema] of Object.entries(spec.components.schemas))
    for (const [field, value] of Object.entries(schema.properties ?? {})) {
      if (field in SECRET_FIELDS || field in NOT_SECRET_FIELDS) continue
      const text = (value as { description?: unknown }).description
      if (LOOKS_SECRET_NAME.test(field) || (typeof text === 'string' && LOOKS_SECRET_TEXT.test(text)))
        out.push(`${schemaName}.${field}`)
    }
  return out
}

/**
 * Where secrets sit in a schema, as dotted paths with `[]` for array items (`Vms[].UserData`). A schema met again
 * inside itself is not walked twice: the spec's recursive shapes carry no secret of their own. A field named like a
 * secret counts only when it holds a string.
 */
export function secretPaths(
  spec: Spec,
  schema: Schema,
  treatments: ReadonlySet<string> = new Set(['sensitive', 'mask']),
  prefix = '',
  seen: ReadonlySet<string> = new Set(),
): string[] {
  if (schema.$ref) {
    const name = refName(schema.$ref)
    if (seen.has(name)) return []
    return secretPaths(spec, spec.components.schemas[name]!, treatments, prefix, new Set([...seen, name]))
  }
  if (schema.type === 'array' && schema.items)
    return secretPaths(spec, schema.items, treatments, `${prefix}[]`, seen)
  const out: string[] = []
  for (const [key, value] of Object.entries(schema.properties ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key
    // Only a string holds the secret: `With.QueryPayloadRaw` is the boolean that asks ReadApiLogs for it.
    const secret = value.type === 'string' ? SECRET_FIELDS[key] : undefined
    if (secret) {
      if (treatments.has(secret.treatment)) out.push(path)
    } else out.push(...secretPaths(spec, value, treatments, path, seen))
  }
  return out
}

/** Whether `name` is a sensitive read: named so, or answering with a field whose treatment is `sensitive`. */
export function isSensitive(spec: Spec, name: string): boolean {
  const response = spec.components.schemas[`${name}Response`]!
  return SENSITIVE_BY_NAME.has(name) || secretPaths(spec, response, new Set(['sensitive'])).length > 0
}

/** Refuses a spec (`source`, when named) with a field that may hold a secret and that neither table classifies. */
export function assertSecretsClassified(spec: Spec, source?: string) {
  const unclassified = unclassifiedSecretFields(spec)
  if (unclassified.length)
    throw new Error(
      `These fields${source ? ` of ${source}` : ''} may hold secrets; classify each in SECRET_FIELDS or NOT_SECRET_FIELDS of scripts/sensitivity.ts: ${unclassified.join(', ')}`,
    )
}
