import { useState } from 'react'
import { useT } from '../i18n/text.ts'

export function CopyButton({
  text,
  label,
  className = '',
}: {
  text: string
  label?: string
  className?: string
}) {
  const t = useT()
  const [copied, setCopied] = useState(false)
  return (
    <button
      type="button"
      className={`btn px-2 py-0.5 text-xs ${className}`}
      onClick={() => {
        void navigator.clipboard?.writeText(text).then(() => {
          setCopied(true)
          setTimeout(() => setCopied(false), 1_500)
        })
      }}
    >
      {copied ? t('kit.copied') : (label ?? t('kit.copy'))}
    </button>
  )
}
