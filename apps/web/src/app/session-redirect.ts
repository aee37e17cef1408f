// Sending the person to sign in when their session ends, at most once, and never while they are signing out:
// a background refresh that gets a 401 during sign-out would otherwise go to /auth/login, race the IdP's
// sign-out and could sign the person straight back in.
import { loginUrl } from '@osc-console/data'

export interface SessionRedirect {
  /** The session ended (a 401): go to sign in, coming back to `returnTo`, unless already leaving. */
  expired(returnTo: string): void
  /** Sign-out has started: from now on an expired session no longer sends the person to sign in. */
  hold(): void
  /** Sign-out failed and the person stays: an expired session sends them to sign in again. */
  release(): void
}

export function createSessionRedirect(go: (url: string) => void): SessionRedirect {
  let leaving = false
  return {
    expired(returnTo) {
      if (leaving) return
      leaving = true
      go(loginUrl(returnTo))
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
