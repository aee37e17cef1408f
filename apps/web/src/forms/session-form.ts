// A form whose unsaved input survives a reload or a sign-in round trip (the session ended while the person was
// typing): its values are kept in sessionStorage, in this tab only, until the form is sent or reset, or the person
// signs out. Fields that may hold secrets (a VM's user data) are never written there.
import { useCallback, useEffect, useRef, useState } from 'react'
import {
  useForm,
  type DefaultValues,
  type FieldValues,
  type UseFormProps,
  type UseFormReturn,
} from 'react-hook-form'
import { DRAFT_PREFIX as PREFIX, draftOf } from './drafts.ts'

function load<T extends object>(key: string, initial: T, unsaved: readonly string[]): T {
  try {
    const saved = sessionStorage.getItem(PREFIX + key)
    // A draft saved before a field became unsaved may still hold it: it is not brought back.
    return saved ? { ...initial, ...draftOf(JSON.parse(saved) as object, unsaved) } : initial
  } catch {
    return initial
  }
}

/**
 * useForm, with the values saved as they change. `makeInitial` builds a fresh empty form (with, say, a new
 * ClientToken); `clear()` starts over with a fresh one once the form is sent. `unsaved` names the fields that are
 * never saved (secrets): they start empty again after a reload.
 */
export function useSessionForm<T extends FieldValues>(
  key: string,
  makeInitial: () => T,
  options: Omit<UseFormProps<T>, 'defaultValues'> & {
    unsaved?: ReadonlyArray<keyof T & string>
    /** Values the page was opened with (an image chosen from its page): they win over the kept draft. */
    given?: Partial<T>
  } = {},
): UseFormReturn<T> & { clear: () => void } {
  const { unsaved = [], given, ...formOptions } = options
  const unsavedRef = useRef(unsaved)
  unsavedRef.current = unsaved
  const makeInitialRef = useRef(makeInitial)
  makeInitialRef.current = makeInitial
  const [initial] = useState(() => ({ ...load(key, makeInitial(), unsaved), ...given }))
  const form = useForm<T>({ ...formOptions, defaultValues: initial as DefaultValues<T> })
  const { watch, reset } = form
  useEffect(() => {
    const save = (values: unknown) => {
      try {
        sessionStorage.setItem(PREFIX + key, JSON.stringify(draftOf(values as object, unsavedRef.current)))
      } catch {
        // Storage full or refused: the form still works, it just will not survive a reload.
      }
    }
    const subscription = watch((values) => save(values))
    return () => subscription.unsubscribe()
  }, [key, watch])
  const clear = useCallback(() => {
    const fresh = makeInitialRef.current()
    reset(fresh)
    try {
      sessionStorage.setItem(PREFIX + key, JSON.stringify(draftOf(fresh, unsavedRef.current)))
    } catch {
      // As above: nothing to keep.
    }
  }, [key, reset])
  return { ...form, clear }
}
