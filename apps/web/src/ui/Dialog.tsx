// A modal on the native <dialog>: focus is trapped, Escape closes, the backdrop is inert, all by the browser.
import { useEffect, useId, useRef, type ReactNode } from 'react'
import { useT } from '../i18n/text.ts'

export function Dialog({
  title,
  onClose,
  children,
  wide = false,
}: {
  title: string
  onClose: () => void
  children: ReactNode
  wide?: boolean
}) {
  const t = useT()
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
    return () => dialog?.close()
  }, [])
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      className={`m-auto card p-0 text-slate-900 shadow-xl dark:text-slate-100 ${wide ? 'w-[48rem]' : 'w-[32rem]'} max-w-[95vw]`}
    >
      <div className="flex items-center justify-between border-b border-slate-200 px-4 py-3 dark:border-slate-700">
        <h2 id={titleId} className="text-base font-semibold">
          {title}
        </h2>
        <button type="button" className="muted hover:underline" aria-label={t('kit.close')} onClick={onClose}>
          ✕
        </button>
      </div>
      <div className="p-4">{children}</div>
    </dialog>
  )
}
