// Toasts: success and information in a polite status region, failures in an alert region that stays until
// dismissed. The data layer's notify() lands here.
import { useSyncExternalStore } from 'react'
import { setNotifier, type Notice } from '@osc-console/data'
import { CopyButton } from '../ui/CopyButton.tsx'
import { errorText } from '../i18n/errors.ts'
import { useT } from '../i18n/text.ts'

interface Toast extends Notice {
  id: number
}

let toasts: Toast[] = []
let nextId = 1
const listeners = new Set<() => void>()

function emit() {
  listeners.forEach((fn) => fn())
}

export function pushToast(notice: Notice): void {
  const toast = { ...notice, id: nextId++ }
  toasts = [...toasts.slice(-4), toast]
  emit()
  if (notice.tone !== 'error') setTimeout(() => dismissToast(toast.id), 6_000)
}

export function dismissToast(id: number): void {
  toasts = toasts.filter((t) => t.id !== id)
  emit()
}

setNotifier(pushToast)

function useToasts(): Toast[] {
  return useSyncExternalStore(
    (fn) => {
      listeners.add(fn)
      return () => listeners.delete(fn)
    },
    () => toasts,
  )
}

const toneClass: Record<Notice['tone'], string> = {
  success: 'border-green-600 bg-green-50 dark:bg-green-950',
  info: 'border-blue-600 bg-blue-50 dark:bg-blue-950',
  error: 'border-red-600 bg-red-50 dark:bg-red-950',
}

function ToastCard({ toast }: { toast: Toast }) {
  const t = useT()
  // A failure carrying its error says what it means in the reader's language, then what was sent, as sent.
  const failure = toast.error === undefined ? undefined : errorText(toast.error)
  const title = failure ? t(failure.explanation) : toast.title
  const original = failure ? failure.original : undefined
  return (
    <div className={`pointer-events-auto w-96 rounded-md border-l-4 p-3 shadow-lg ${toneClass[toast.tone]}`}>
      <div className="flex items-start gap-2">
        <p className="flex-1 text-sm font-medium">{title}</p>
        <button
          type="button"
          className="text-sm muted hover:underline"
          onClick={() => dismissToast(toast.id)}
          aria-label={t('toast.dismiss')}
        >
          ✕
        </button>
      </div>
      {original && (
        <p lang="en" className="mt-1 text-sm">
          {original.code && (
            <span className="font-mono">{`${original.code} ${original.type ?? ''}`.trim()} — </span>
          )}
          {original.text}
        </p>
      )}
      {toast.description && <p className="mt-1 text-sm muted">{toast.description}</p>}
      {toast.copyText && <CopyButton text={toast.copyText} label={t('toast.copyDetails')} className="mt-2" />}
    </div>
  )
}

export function Toaster() {
  const all = useToasts()
  const t = useT()
  return (
    <div className="pointer-events-none fixed right-4 bottom-4 z-50 flex flex-col gap-2">
      <div
        role="status"
        aria-live="polite"
        aria-label={t('toast.notifications')}
        className="flex flex-col gap-2"
      >
        {all
          .filter((t) => t.tone !== 'error')
          .map((t) => (
            <ToastCard key={t.id} toast={t} />
          ))}
      </div>
      <div role="alert" aria-label={t('toast.errors')} className="flex flex-col gap-2">
        {all
          .filter((t) => t.tone === 'error')
          .map((t) => (
            <ToastCard key={t.id} toast={t} />
          ))}
      </div>
    </div>
  )
}
