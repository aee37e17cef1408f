// The step before what cannot be undone: the person types a word (the account's name, "delete 7 resources") and
// the action stays disabled, saying why, until it matches.
import { useState } from 'react'
import { FormattedMessage } from '../i18n/intl.tsx'
import type { AnyCheck } from '../ui/ActionButton.tsx'
import { allowed } from '../ui/ActionButton.tsx'
import { useT } from '../i18n/text.ts'

/** The typed text and whether it confirms `word` (no word: nothing to type). */
export function useTypeToConfirm(word: string | undefined): {
  typed: string
  setTyped: (value: string) => void
  check: AnyCheck
} {
  const t = useT()
  const [typed, setTyped] = useState('')
  const check: AnyCheck =
    !word || typed.trim() === word
      ? allowed
      : { allowed: false, reason: t('kit.confirm.typeToConfirm', { word }) }
  return { typed, setTyped, check }
}

export function TypeToConfirm({
  word,
  warning,
  typed,
  onChange,
}: {
  word: string
  /** What cannot be undone, said before the word. */
  warning: string
  typed: string
  onChange: (value: string) => void
}) {
  return (
    <label className="mt-3 block text-sm">
      {/* The word set apart, so a phrase of several words reads as the thing to type. */}
      <FormattedMessage
        id="kit.bulk.typeWord"
        values={{
          word: <strong className="rounded bg-slate-100 px-1 font-mono dark:bg-slate-800">{word}</strong>,
        }}
      />{' '}
      {warning}
      <input className="input mt-1" value={typed} onChange={(e) => onChange(e.target.value)} />
    </label>
  )
}
