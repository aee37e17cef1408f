// What happens when the session ends: the person goes to sign in and comes back to the same page. Forms keep
// their unsaved input in sessionStorage (useSessionState) so it survives the round trip.
import { useCallback, useEffect, useRef, useState } from 'react'
import { configureApi, noteThrottled } from '@osc-console/data'
import { sessionRedirect } from './session-redirect.ts'

export function installSessionHandling(): void {
  configureApi({
    // The BFF cannot know which page the person is on (it saw an /api call), so the return path is ours.
    onSessionExpired: () => sessionRedirect.expired(window.location.pathname + window.location.search),
    onThrottled: () => noteThrottled(),
  })
}

const PREFIX = 'osc-console:form:'

/**
 * useState that survives a reload or a sign-in round trip. `makeInitial` builds a fresh empty form (with, say,
 * a new ClientToken); clear() starts over with a fresh one once the form is submitted.
 */
export function useSessionState<T extends object>(
  key: string,
  makeInitial: () => T,
): [T, (next: T | ((old: T) => T)) => void, () => void] {
  const storageKey = PREFIX + key
  const makeInitialRef = useRef(makeInitial)
  makeInitialRef.current = makeInitial
  const [value, setValue] = useState<T>(() => {
    const initial = makeInitial()
    try {
      const saved = sessionStorage.getItem(storageKey)
      return saved ? { ...initial, ...(JSON.parse(saved) as Partial<T>) } : initial
    } catch {
      return initial
    }
  })
  useEffect(() => {
    try {
      sessionStorage.setItem(storageKey, JSON.stringify(value))
    } catch {
      // Storage full or refused: the form still works, it just will not survive a reload.
    }
  }, [storageKey, value])
  const clear = useCallback(() => setValue(makeInitialRef.current()), [])
  return [value, setValue, clear]
}
