// What happens when the session ends: the person goes to sign in and comes back to the same page. Forms keep
// their unsaved input in sessionStorage (useSessionForm in forms/) so it survives the round trip.
import { configureApi, noteThrottled } from '@osc-console/data'
import { sessionRedirect } from './session-redirect.ts'

export function installSessionHandling(): void {
  configureApi({
    // The BFF cannot know which page the person is on (it saw an /api call), so the return path is ours.
    onSessionExpired: (error) =>
      sessionRedirect.expired(window.location.pathname + window.location.search, error),
    onThrottled: () => noteThrottled(),
  })
}
