// The console as an OpenID Connect relying party (openid-client 6): discovery, authorization code flow with
// PKCE S256, state and nonce, ID token validation by the library, userinfo for claims the ID token lacks.
import * as client from 'openid-client'
import type { OidcConfig } from './config.ts'
import { isLoopbackHostname } from './cookies.ts'

export interface OidcClaims {
  issuer: string
  subject: string
  email?: string
  name?: string
  groups: string[]
}

export interface SignedInTokens {
  claims: OidcClaims
  idToken?: string
  /** Absent when the IdP issues none: the groups then stay those of the sign-in. */
  refreshToken?: string
}

/** The IdP answered a refresh with an OAuth error: the person must sign in again. */
export class RefreshRefused extends Error {}

export interface RelyingParty {
  /** The authorization URL to send the browser to, and what to remember until the callback. */
  start(options?: {
    /** Ask for the password even when the IdP still has a session (someone ended this person's session). */
    forceLogin?: boolean
  }): Promise<{ url: string; state: string; nonce: string; codeVerifier: string }>
  /** Exchanges the code on the callback URL; throws when anything does not verify. */
  finish(
    callbackUrl: URL,
    flow: { state: string; nonce: string; codeVerifier: string },
  ): Promise<SignedInTokens>
  /**
   * Reads the person's claims again with a refresh token (their groups may have changed since they signed in).
   * Throws `RefreshRefused` when the IdP refuses the token (revoked, expired, person disabled).
   */
  refresh(refreshToken: string, who: { issuer: string; subject: string }): Promise<SignedInTokens>
  /** Resolves once the IdP's discovery document has been read (at most once; retried after a failure). */
  discover(): Promise<void>
  /** The IdP's end-session URL (RP-initiated logout), when it offers one. */
  logoutUrl(idTokenHint: string | undefined, postLogoutRedirectUri: string): Promise<string | undefined>
}

/**
 * The groups of a claim or header. One string lists them separated by commas only: group names may hold spaces,
 * and splitting `cloud admins` on its space would give its members the role bound to a group named `admins`.
 */
export function groupsFrom(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((g): g is string => typeof g === 'string' && g !== '')
  if (typeof value === 'string')
    return value
      .split(',')
      .map((g) => g.trim())
      .filter((g) => g !== '')
  return []
}

function clientAuth(oidc: OidcConfig, secret: string | undefined): client.ClientAuth {
  if (oidc.tokenEndpointAuth === 'none') return client.None()
  if (!secret) throw new Error('auth.oidc.clientSecret is required for a confidential client')
  return oidc.tokenEndpointAuth === 'client_secret_post'
    ? client.ClientSecretPost(secret)
    : client.ClientSecretBasic(secret)
}

export function createRelyingParty(
  oidc: OidcConfig,
  secret: string | undefined,
  redirectUri: string,
): RelyingParty {
  const issuerUrl = new URL(oidc.issuer)
  // Plain http to the IdP is tolerated only on this machine (the development IdP); elsewhere it must be https.
  const insecure = issuerUrl.protocol === 'http:'
  if (insecure && !isLoopbackHostname(issuerUrl.hostname)) {
    throw new Error(
      `auth.oidc.issuer ${oidc.issuer} is plain http on a non-loopback host; use the https issuer URL`,
    )
  }
  let discovered: Promise<client.Configuration> | undefined

  // Discovery happens on first use and is retried after a failure, so the console can start before its IdP.
  const configuration = (): Promise<client.Configuration> => {
    discovered ??= client
      .discovery(
        issuerUrl,
        oidc.clientId,
        oidc.tokenEndpointAuth === 'none'
          ? undefined
          : { token_endpoint_auth_method: oidc.tokenEndpointAuth },
        clientAuth(oidc, secret),
        insecure ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((err: unknown) => {
        discovered = undefined
        const why = err instanceof Error ? err.message : String(err)
        throw new Error(`cannot reach the identity provider at ${oidc.issuer} (${why})`, { cause: err })
      })
    return discovered
  }

  /** The person's claims from a token response: the ID token's, completed from userinfo when it lacks some. */
  async function signedIn(
    config: client.Configuration,
    tokens: client.TokenEndpointResponse & client.TokenEndpointResponseHelpers,
    refreshed?: { refreshToken: string; issuer: string; subject: string },
  ): Promise<SignedInTokens> {
    // A refresh may come without an ID token (OpenID Connect makes it optional): userinfo then says who it is.
    const idClaims: (Record<string, unknown> & { sub: string }) | undefined =
      tokens.claims() ?? (refreshed && { sub: refreshed.subject, iss: refreshed.issuer })
    if (!idClaims) throw new Error('the identity provider returned no ID token')
    let merged: Record<string, unknown> = { ...idClaims }
    // Many IdPs put name, email or groups only in userinfo; ask it when the ID token lacks any of them.
    const lacking = ['email', 'name', oidc.groupsClaim].some((c) => merged[c] === undefined)
    if (lacking && config.serverMetadata().userinfo_endpoint) {
      const info = await client.fetchUserInfo(config, tokens.access_token, idClaims.sub)
      merged = { ...info, ...merged }
      for (const c of ['email', 'name', oidc.groupsClaim]) if (merged[c] === undefined) merged[c] = info[c]
    }
    const claims: OidcClaims = {
      issuer: String(idClaims.iss),
      subject: idClaims.sub,
      groups: groupsFrom(merged[oidc.groupsClaim]),
    }
    if (typeof merged.email === 'string') claims.email = merged.email
    const name = merged.name ?? merged.preferred_username
    if (typeof name === 'string') claims.name = name
    const refreshToken = tokens.refresh_token ?? refreshed?.refreshToken
    return {
      claims,
      ...(tokens.id_token ? { idToken: tokens.id_token } : {}),
      ...(refreshToken ? { refreshToken } : {}),
    }
  }

  return {
    async start(options = {}) {
      const config = await configuration()
      const codeVerifier = client.randomPKCECodeVerifier()
      const state = client.randomState()
      const nonce = client.randomNonce()
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope: oidc.scopes.join(' '),
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
        ...(options.forceLogin ? { prompt: 'login' } : {}),
      })
      return { url: url.href, state, nonce, codeVerifier }
    },

    async discover() {
      await configuration()
    },

    async finish(callbackUrl, flow) {
      const config = await configuration()
      const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: flow.codeVerifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      })
      return signedIn(config, tokens)
    },

    async refresh(refreshToken, who) {
      const config = await configuration()
      let tokens: client.TokenEndpointResponse & client.TokenEndpointResponseHelpers
      try {
        tokens = await client.refreshTokenGrant(config, refreshToken)
      } catch (err) {
        if (err instanceof client.ResponseBodyError) throw new RefreshRefused(err.error, { cause: err })
        throw err
      }
      const result = await signedIn(config, tokens, { refreshToken, ...who })
      if (result.claims.subject !== who.subject)
        throw new RefreshRefused('the refresh answered for another person')
      return result
    },

    async logoutUrl(idTokenHint, postLogoutRedirectUri) {
      let config: client.Configuration
      try {
        config = await configuration()
      } catch {
        return undefined
      }
      if (!config.serverMetadata().end_session_endpoint) return undefined
      const params: Record<string, string> = {
        post_logout_redirect_uri: postLogoutRedirectUri,
        client_id: oidc.clientId,
      }
      if (idTokenHint) params.id_token_hint = idTokenHint
      return client.buildEndSessionUrl(config, params).href
    },
  }
}
