import { Link } from '@tanstack/react-router'
import { paths } from '../../paths.ts'

/** The link above a VM page's title, back to the account's VM list. */
export function BackToVms({ account }: { account: string }) {
  return (
    <Link {...paths.vms({ account })} className="text-sm text-blue-700 hover:underline dark:text-blue-300">
      ← VMs
    </Link>
  )
}
