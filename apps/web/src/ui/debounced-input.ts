import { useEffect, useEffectEvent, useState } from 'react'

/**
 * A text box whose value follows a URL param: typing updates the box at once and the URL (and the filtering) after
 * a short pause, and a change of the URL from elsewhere (back, a link) shows in the box. The pause counts from
 * the last keystroke only: the page re-rendering meanwhile (a long list's pages arriving, each with a new `commit`
 * function) does not start it again, or a search typed while 10,000 rows load would wait for the last page.
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
  const commitLatest = useEffectEvent(commit)
  useEffect(() => {
    if ((draft.trim() || undefined) === value) return
    const timer = setTimeout(() => commitLatest(draft.trim() || undefined), delay)
    return () => clearTimeout(timer)
  }, [draft, value, delay])
  return [draft, setDraft] as const
}
