// Who is making a request, as the auth middleware sets it on res.locals.identity.
export interface Identity {
  issuer: string
  subject: string
  email?: string
  name?: string
  groups: string[]
  sessionId?: string
}

export const LOCAL_IDENTITY: Identity = { issuer: 'local', subject: 'local', name: 'Local user', groups: [] }
