// An error's explanation in the reader's language, then the words it came with as they were sent (in English,
// marked so a screen reader pronounces them as such), with OUTSCALE's code when there is one.
import { errorText } from './errors.ts'
import { useT } from './text.ts'

export function ErrorMessage({ error, className = '' }: { error: unknown; className?: string }) {
  const t = useT()
  const { explanation, original } = errorText(error)
  return (
    <div className={className}>
      <p>{t(explanation)}</p>
      {original && (
        <p className="mt-1 text-xs">
          <span className="font-medium">
            {t(original.from === 'outscale' ? 'error.outscaleSaid' : 'error.consoleSaid')}
          </span>{' '}
          <span lang="en">
            {original.code && (
              <span className="font-mono">
                {original.code}
                {original.type ? ` ${original.type}` : ''}
                {' — '}
              </span>
            )}
            {original.text}
          </span>
        </p>
      )}
    </div>
  )
}
