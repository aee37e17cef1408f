// A form whose unsaved input survives a reload or a sign-in round trip (the session ended while the person was
// typing): its values are kept in sessionStorage, in this tab only, until the form is sent or reset.
import { useCallback, useEffect, useRef, useState } from 'react'
import {
  useForm,
  type DefaultValues,
  type FieldValues,
  type UseFormProps,
  type UseFormReturn,
} from 'react-hook-form'

const PREFIX = 'osc-console:form:'

function load<T extends object>(key: string, initial: T): T {
  try {
    const saved = sessionStorage.getItem(PREFIX + key)
    return saved ? { ...initial, ...(JSON.parse(saved) as Partial<T>) } : initial
  } catch {
    return initial
  }
}

/**
 * useForm, with the values saved as they change. `makeInitial` builds a fresh empty form (with, say, a new
 * ClientToken); `clear()` starts over with a fresh one once the form is sent.
 */
export function useSessionForm<T extends FieldValues>(
  key: string,
  makeInitial: () => T,
  options: Omit<UseFormProps<T>, 'defaultValues'> = {},
): UseFormReturn<T> & { clear: () => void } {
  const makeInitialRef = useRef(makeInitial)
  makeInitialRef.current = makeInitial
  const [initial] = useState(() => load(key, makeInitial()))
  const form = useForm<T>({ ...options, defaultValues: initial as DefaultValues<T> })
  const { watch, reset } = form
  useEffect(() => {
    const save = (values: unknown) => {
      try {
        sessionStorage.setItem(PREFIX + key, JSON.stringify(values))
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
      sessionStorage.setItem(PREFIX + key, JSON.stringify(fresh))
    } catch {
      // As above: nothing to keep.
    }
  }, [key, reset])
  return { ...form, clear }
}
