// Any resource id, as a link to its page when the console has pages for its family (by the id's prefix): an
// audit record, a public IP's VM, a subnet's Net all show ids the same way.
import { Link } from '@tanstack/react-router'
import { resourcePath } from './registry.ts'

export function ResourceId({ account, id }: { account: string; id: string }) {
  const page = resourcePath(account, id)
  if (page)
    return (
      <Link
        {...page}
        className="font-mono text-xs whitespace-nowrap text-blue-700 hover:underline dark:text-blue-300"
      >
        {id}
      </Link>
    )
  return <span className="font-mono text-xs whitespace-nowrap">{id}</span>
}
