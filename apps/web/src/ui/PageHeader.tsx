// The top of a page: its title, a sentence on what it shows, and its actions on the right.
import type { ReactNode } from 'react'

export function PageHeader({
  title,
  description,
  children,
}: {
  title: string
  description: ReactNode
  /** The page's buttons (Export, Refresh…). */
  children?: ReactNode
}) {
  return (
    <div className="flex items-start gap-3">
      <div className="min-w-0 flex-1">
        <h1 className="text-xl font-semibold">{title}</h1>
        <p className="text-sm muted">{description}</p>
      </div>
      {children}
    </div>
  )
}
