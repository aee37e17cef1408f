// Sending the person to sign in when their session ends, at most once, and never while they are signing out:
// a background refresh that gets a 401 during sign-out would otherwise go to /auth/login, race the IdP's
// sign-out and could sign the person straight back in.
import { loginUrl, type ApiError } from '@osc-console/data'

export interface SessionRedirect {
  /**
   * The session ended (a 401): go to sign in, coming back to `returnTo`, unless already leaving. When someone ended
   * the session, the console's answer asks for the password again (`prompt=login`): that is kept.
   */
  expired(returnTo: string, error?: ApiError): void
  /** Sign-out has started: from now on an expired session no longer sends the person to sign in. */
  hold(): void
  /** Sign-out failed and the person stays: an expired session sends them to sign in again. */
  release(): void
}

export function createSessionRedirect(go: (url: string) => void): SessionRedirect {
  let leaving = false
  return {
    expired(returnTo, error) {
      if (leaving) return
      leaving = true
      const prompt = new URLSearchParams(error?.login?.split('?')[1]).get('prompt')
      go(prompt === 'login' ? `${loginUrl(returnTo)}&prompt=login` : loginUrl(returnTo))
    },
    hold() {
      leaving = true
    },
    release() {
      leaving = false
    },
  }
}

/** The page's one redirect; the browser leaves through `window.location`. */
export const sessionRedirect = createSessionRedirect((url) => window.location.assign(url))
