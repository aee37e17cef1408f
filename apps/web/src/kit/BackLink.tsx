// The link above a detail page's title, back to its list: "← VMs".
import { Link, type LinkProps } from '@tanstack/react-router'

export function BackLink({ to, label }: { to: Pick<LinkProps, 'to' | 'params'>; label: string }) {
  return (
    <Link {...to} className="text-sm text-blue-700 hover:underline dark:text-blue-300">
      ← {label}
    </Link>
  )
}
