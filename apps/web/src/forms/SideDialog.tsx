// A side dialog for a form: the page stays in view on the left, the form takes the right edge at full height.
// A native <dialog>, so focus is trapped, Escape closes and the page behind is inert, all by the browser. Put at
// the end of the body, so that a dialog opened from inside a form (a keypair created while creating a VM) is not a
// form inside a form.
import { useEffect, useId, useRef, type ReactNode } from 'react'
import { createPortal } from 'react-dom'

export function SideDialog({
  title,
  onClose,
  closeLabel,
  children,
}: {
  title: string
  onClose: () => void
  closeLabel: string
  children: ReactNode
}) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
    return () => dialog?.close()
  }, [])
  return createPortal(
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      className="card m-0 ml-auto h-full max-h-none w-[36rem] max-w-full rounded-none p-0 text-slate-900 shadow-xl dark:text-slate-100"
    >
      <div className="flex h-full flex-col">
        <div className="flex items-center justify-between border-b border-slate-200 px-4 py-3 dark:border-slate-700">
          <h2 id={titleId} className="text-base font-semibold">
            {title}
          </h2>
          <button type="button" className="muted hover:underline" aria-label={closeLabel} onClick={onClose}>
            ✕
          </button>
        </div>
        <div className="flex-1 overflow-y-auto p-4">{children}</div>
      </div>
    </dialog>,
    document.body,
  )
}
