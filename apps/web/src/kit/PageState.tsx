// What a page shows before or instead of its data, one wording each everywhere: the role does not allow it (and
// which permission is missing), loading, the first load failed (with its RequestId), the last refresh failed while
// older data is still shown, nothing there yet.
import type { ReactNode } from 'react'
import { ErrorPanel } from '../ui/ErrorPanel.tsx'
import { NotAllowed } from '../ui/NotAllowed.tsx'
import { LoadingPage } from '../ui/Skeleton.tsx'
import { useT } from '../i18n/text.ts'

export type PageStateProps =
  | {
      kind: 'not-allowed'
      /** The page's heading, as when it is allowed. */
      title: string
      /** What the person cannot do here: "Your role does not include reading this account's VMs." */
      what: string
      /** The refusal of the role check, naming the role and the action. */
      reason: string
      before?: ReactNode
    }
  | { kind: 'loading'; label: string }
  | { kind: 'error'; error: unknown; onRetry: () => void; title?: string }
  | { kind: 'stale'; error: unknown; onRetry: () => void; title?: string }
  | { kind: 'empty'; title: string; body?: ReactNode; action?: ReactNode }

export function PageState(props: PageStateProps) {
  const t = useT()
  switch (props.kind) {
    case 'not-allowed':
      return <NotAllowed title={props.title} what={props.what} reason={props.reason} before={props.before} />
    case 'loading':
      return <LoadingPage label={props.label} />
    case 'error':
      return <ErrorPanel error={props.error} onRetry={props.onRetry} title={props.title} />
    case 'stale':
      return (
        <ErrorPanel error={props.error} onRetry={props.onRetry} title={props.title ?? t('kit.state.stale')} />
      )
    case 'empty':
      return (
        <div className="flex flex-col items-center gap-2">
          <p className="font-medium">{props.title}</p>
          {props.body && <p className="text-sm muted">{props.body}</p>}
          {props.action}
        </div>
      )
  }
}
