import { useEffect, useState } from 'react'

/**
 * A text box whose value follows a URL param: typing updates the box at once and the URL (and the filtering) after
 * a short pause, and a change of the URL from elsewhere (back, a link) shows in the box.
 */
export function useDebouncedInput(
  value: string | undefined,
  commit: (value: string | undefined) => void,
  delay = 150,
) {
  const [draft, setDraft] = useState(value ?? '')
  const [last, setLast] = useState(value)
  if (value !== last) {
    setLast(value)
    setDraft(value ?? '')
  }
  useEffect(() => {
    if ((draft.trim() || undefined) === value) return
    const timer = setTimeout(() => commit(draft.trim() || undefined), delay)
    return () => clearTimeout(timer)
  }, [draft, value, commit, delay])
  return [draft, setDraft] as const
}
