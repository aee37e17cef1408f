// Form drafts in sessionStorage, without the form library: the shell clears them at sign-out, and must not load
// react-hook-form on every page to do it.
export const DRAFT_PREFIX = 'osc-console:form:'

/** The storage a draft lives in: sessionStorage in the browser. */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>

/** The values to keep for a draft: all but the fields that must never reach the browser's storage. */
export function draftOf(values: object, unsaved: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([name]) => !unsaved.includes(name)))
}

/**
 * Forgets every form draft of this tab: on sign-out, so that the next person at this browser finds none of the
 * previous one's input.
 */
export function clearSessionForms(storage: DraftStorage = sessionStorage): void {
  try {
    const keys: string[] = []
    for (let i = 0; i < storage.length; i += 1) {
      const key = storage.key(i)
      if (key?.startsWith(DRAFT_PREFIX)) keys.push(key)
    }
    for (const key of keys) storage.removeItem(key)
  } catch {
    // Storage refused: there is nothing this page can erase.
  }
}
