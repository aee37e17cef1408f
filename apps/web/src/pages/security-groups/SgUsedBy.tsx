// What uses a group, linked to each one's page: the VMs, load balancers and NICs that name it. A group that
// something still uses cannot be deleted, so this tab is where a refused delete sends the person.
import type { ReactNode } from 'react'
import { Link } from '@tanstack/react-router'
import type { SecurityGroup } from '@osc-console/osc-api'
import { useAccountId } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import type { MessageId } from '../../i18n/catalog.ts'
import { PageState } from '../../kit/PageState.tsx'
import { resourcePath } from '../../kit/registry.ts'
import { paths } from '../../paths.ts'
import { useGroupUsage } from './sg-usage.ts'

const linkClass = 'text-blue-700 hover:underline dark:text-blue-300'

function Section({ title, empty, items }: { title: MessageId; empty: MessageId; items: ReactNode[] }) {
  const t = useT()
  return (
    <section aria-label={t(title)} className="card p-4">
      <h2 className="mb-2 text-sm font-semibold">{t(title)}</h2>
      {items.length === 0 ? (
        <p className="text-sm muted">{t(empty)}</p>
      ) : (
        <ul className="flex flex-col gap-1 text-sm">{items}</ul>
      )}
    </section>
  )
}

export function SgUsedBy({ group }: { group: SecurityGroup }) {
  const t = useT()
  const account = useAccountId()
  const { usage, vmName, error, retry } = useGroupUsage(account)
  if (error && !usage) return <PageState kind="error" error={error} onRetry={retry} />
  if (!usage) return <p className="text-sm muted">{t('sg.usedBy.loading')}</p>
  const used = usage.get(group.SecurityGroupId ?? '')
  const nicLink = (id: string) => resourcePath(account, id)
  return (
    <div className="flex flex-col gap-3">
      <Section
        title="sg.usedBy.vms"
        empty="sg.usedBy.noVms"
        items={(used?.vms ?? []).map((id) => (
          <li key={id}>
            <Link {...paths.vm({ account, vmId: id })} className={linkClass}>
              {vmName(id) ?? id}
            </Link>{' '}
            <span className="font-mono text-xs muted">{id}</span>
          </li>
        ))}
      />
      <Section
        title="sg.usedBy.loadBalancers"
        empty="sg.usedBy.noLoadBalancers"
        items={(used?.loadBalancers ?? []).map((name) => (
          <li key={name}>
            <Link {...paths.resource({ account, section: 'load-balancers', id: name })} className={linkClass}>
              {name}
            </Link>
          </li>
        ))}
      />
      <Section
        title="sg.usedBy.nics"
        empty="sg.usedBy.noNics"
        items={(used?.nics ?? []).map((id) => {
          const to = nicLink(id)
          return (
            <li key={id} className="font-mono text-xs">
              {to ? (
                <Link {...to} className={linkClass}>
                  {id}
                </Link>
              ) : (
                id
              )}
            </li>
          )
        })}
      />
    </div>
  )
}
