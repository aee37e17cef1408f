// A page the person's role does not open. It sends no call (a refused call only adds a refusal to the audit log)
// and offers no retry: retrying cannot change a role. It says which permission is missing and whom to ask.
import type { ReactNode } from 'react'
import { useT } from '../i18n/text.ts'

export function NotAllowed({
  title,
  what,
  reason,
  before,
}: {
  /** The page's heading, as when it is allowed. */
  title: string
  /** What the person cannot do here, in their words: "Your role does not include reading this account's VMs." */
  what: string
  /** The refusal from the role check, naming the role and the action. */
  reason: string
  /** Shown above the heading, e.g. a way back. */
  before?: ReactNode
}) {
  const t = useT()
  return (
    <div className="p-6">
      {before}
      <h1 className="text-xl font-semibold">{title}</h1>
      <section
        aria-label={t('kit.notAllowed.region')}
        className="mt-6 card flex flex-col items-center gap-2 p-10 text-center"
      >
        <p className="text-base font-medium">{what}</p>
        <p className="max-w-md text-sm muted">{t('kit.notAllowed.ask', { reason })}</p>
      </section>
    </div>
  )
}
