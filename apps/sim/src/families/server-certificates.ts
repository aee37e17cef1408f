// Server certificates, which HTTPS and SSL listeners name by ORN. The private key is kept apart from the stored
// certificate, so no read ever hands it back, as on the API.
import type { ServerCertificate } from '@osc-console/osc-api'
import type { HandlerMap } from '../context.ts'
import { oscError } from '../errors.ts'
import { readList } from '../filters.ts'
import type { AccountState } from '../state.ts'
import { must } from './common.ts'

const YEAR = 365 * 86_400_000

/** Keyed by Name, the API's handle for a certificate. */
export function serverCertificates(account: AccountState): Map<string, ServerCertificate> {
  return account.store<ServerCertificate>('server-certificates')
}

function privateKeys(account: AccountState): Map<string, string> {
  return account.store<string>('server-certificate-keys')
}

const ornOf = (account: AccountState, path: string, name: string) =>
  `orn:ows:idauth::${account.accountId}:server-certificate${path}${name}`

function checkPath(path: string): void {
  if (!/^\/(?:[\x21-\x7e]*\/)?$/.test(path))
    throw oscError(
      'invalidParameterValue',
      `Path must start and end with a slash, like /prod/, not "${path}".`,
    )
}

/** The certificate an HTTPS or SSL listener names, by ORN: an unknown one is refused. */
export function assertCertificate(account: AccountState, orn: string | undefined): void {
  if (orn === undefined) return
  for (const c of serverCertificates(account).values()) if (c.Orn === orn) return
  throw oscError(
    'noSuchResource',
    `No server certificate has the ORN ${orn}; read them with ReadServerCertificates.`,
  )
}

export const handlers: HandlerMap = {
  CreateServerCertificate: (req, ctx) => {
    if (serverCertificates(ctx.account).has(req.Name))
      throw oscError('duplicateName', `A server certificate named ${req.Name} already exists.`)
    if (!req.Body.includes('-----BEGIN CERTIFICATE-----'))
      throw oscError('invalidParameterValue', 'Body must be a PEM certificate (-----BEGIN CERTIFICATE-----).')
    if (!/-----BEGIN (?:RSA |EC )?PRIVATE KEY-----/.test(req.PrivateKey))
      throw oscError(
        'invalidParameterValue',
        'PrivateKey must be a PEM private key (-----BEGIN PRIVATE KEY-----).',
      )
    const path = req.Path ?? '/'
    checkPath(path)
    const certificate: ServerCertificate = {
      Id: ctx.world.newId('sc').toUpperCase(),
      Name: req.Name,
      Path: path,
      Orn: ornOf(ctx.account, path, req.Name),
      UploadDate: new Date(ctx.now).toISOString().slice(0, 10),
      ExpirationDate: new Date(ctx.now + YEAR).toISOString().slice(0, 10),
    }
    serverCertificates(ctx.account).set(req.Name, certificate)
    privateKeys(ctx.account).set(req.Name, req.PrivateKey)
    return { ServerCertificate: certificate }
  },
  ReadServerCertificates: (req, ctx) => {
    const { page } = readList(serverCertificates(ctx.account).values(), req, { Paths: 'Path' })
    return { ServerCertificates: page }
  },
  UpdateServerCertificate: (req, ctx) => {
    const certificate = must(
      serverCertificates(ctx.account).get(req.Name),
      'noSuchResource',
      `The server certificate ${req.Name} does not exist.`,
    )
    const name = req.NewName ?? req.Name
    if (name !== req.Name && serverCertificates(ctx.account).has(name))
      throw oscError('duplicateName', `A server certificate named ${name} already exists.`)
    const path = req.NewPath ?? certificate.Path ?? '/'
    checkPath(path)
    const key = privateKeys(ctx.account).get(req.Name) ?? ''
    serverCertificates(ctx.account).delete(req.Name)
    privateKeys(ctx.account).delete(req.Name)
    Object.assign(certificate, { Name: name, Path: path, Orn: ornOf(ctx.account, path, name) })
    serverCertificates(ctx.account).set(name, certificate)
    privateKeys(ctx.account).set(name, key)
    return { ServerCertificate: certificate }
  },
  DeleteServerCertificate: (req, ctx) => {
    must(
      serverCertificates(ctx.account).get(req.Name),
      'noSuchResource',
      `The server certificate ${req.Name} does not exist.`,
    )
    serverCertificates(ctx.account).delete(req.Name)
    privateKeys(ctx.account).delete(req.Name)
    return {}
  },
}
