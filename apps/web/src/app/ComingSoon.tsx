import { Link, useParams } from '@tanstack/react-router'
import { findNavItem } from './nav.ts'
import { paths } from '../paths.ts'

export default function ComingSoon() {
  const { account, section } = useParams({ strict: false }) as { account: string; section: string }
  const item = findNavItem(section)
  return (
    <div className="p-6">
      <h1 className="text-xl font-semibold">{item?.label ?? section}</h1>
      <div className="mt-6 card flex flex-col items-center gap-2 p-10 text-center">
        <p className="text-base font-medium">{item?.label ?? 'This page'} is coming soon</p>
        <p className="max-w-md muted text-sm">
          {item?.description}. This page is not built yet; the VM pages are. Everything here will follow the
          same table, filters and actions.
        </p>
        <Link {...paths.vms({ account })} className="btn mt-2">
          Go to VMs
        </Link>
      </div>
    </div>
  )
}
