// The account's resources counted by state, one tile per family the person's role may read; each tile opens the
// family's page. A family the role does not read is left out, without a word.
import type { ReactNode } from 'react'
import { useQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import type { ActionName } from '@osc-console/osc-api'
import { useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { paths } from '../../paths.ts'
import { listQuery } from '../../kit/queries.ts'
import { itemsOf } from '../../kit/descriptor.ts'
import { vmResource } from '../../kit/registry.ts'
import { ErrorPanel } from '../../ui/ErrorPanel.tsx'
import { Skeleton } from '../../ui/Skeleton.tsx'
import { Section } from '../../kit/Section.tsx'
import { countBackendHealth } from '../../dashboards/backends.ts'
import { useLoadBalancerHealth } from '../../dashboards/use-lb-health.ts'
import {
  countLoadBalancers,
  countPublicIps,
  countVms,
  countVolumes,
  ownImages,
} from '../../dashboards/counts.ts'
import {
  accountsQuery,
  imagesQuery,
  loadBalancersQuery,
  publicIpsQuery,
  snapshotsQuery,
  volumesQuery,
} from '../../dashboards/queries.ts'

interface Result {
  data: unknown
  error: unknown
  isPending: boolean
  refetch: () => unknown
}

function Tile({
  title,
  link,
  result,
  summary,
}: {
  title: string
  link: ReactNode
  result: Result
  summary: () => { total: number; lines: string[] }
}) {
  const t = useT()
  const body = () => {
    if (result.error && result.data === undefined)
      return (
        <ErrorPanel
          error={result.error}
          onRetry={() => void result.refetch()}
          title={t('kit.section.loadFailed', { what: title })}
        />
      )
    if (result.isPending)
      return (
        <div
          role="status"
          aria-label={t('kit.section.loading', { what: title })}
          className="flex flex-col gap-1"
        >
          <Skeleton className="h-7 w-12" />
          <Skeleton className="h-4 w-24" />
        </div>
      )
    const { total, lines } = summary()
    return (
      <>
        <p className="text-2xl font-semibold tabular-nums">{total}</p>
        <ul className="text-sm muted">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </>
    )
  }
  return (
    <li className="flex min-w-0 flex-col gap-1 rounded-md border border-slate-200 p-3 dark:border-slate-700">
      <h3 className="text-sm font-medium">{link}</h3>
      {body()}
    </li>
  )
}

const linkClass = 'text-blue-700 underline-offset-2 hover:underline dark:text-blue-300'

function SectionLink({ account, section, children }: { account: string; section: string; children: string }) {
  return (
    <Link {...paths.section({ account, section })} className={linkClass}>
      {children}
    </Link>
  )
}

function VmsTile({ account }: { account: string }) {
  const t = useT()
  const query = useQuery(listQuery(vmResource, account))
  const title = t('home.resources.vms')
  return (
    <Tile
      title={title}
      link={
        <Link {...paths.vms({ account })} className={linkClass}>
          {title}
        </Link>
      }
      result={query}
      summary={() => {
        const c = countVms(itemsOf(vmResource, query.data))
        return {
          total: c.running + c.stopped + c.changing,
          lines: [
            t('home.state.running', { count: c.running }),
            t('home.state.stopped', { count: c.stopped }),
            t('home.state.changing', { count: c.changing }),
          ],
        }
      }}
    />
  )
}

function VolumesTile({ account }: { account: string }) {
  const t = useT()
  const query = useQuery(volumesQuery(account))
  const title = t('home.resources.volumes')
  return (
    <Tile
      title={title}
      link={
        <SectionLink account={account} section="volumes">
          {title}
        </SectionLink>
      }
      result={query}
      summary={() => {
        const c = countVolumes(query.data?.Volumes ?? [])
        return {
          total: query.data?.Volumes?.length ?? 0,
          lines: [
            t('home.state.inUse', { count: c.inUse }),
            t('home.state.available', { count: c.available }),
          ],
        }
      }}
    />
  )
}

function PublicIpsTile({ account }: { account: string }) {
  const t = useT()
  const query = useQuery(publicIpsQuery(account))
  const title = t('home.resources.publicIps')
  return (
    <Tile
      title={title}
      link={
        <SectionLink account={account} section="public-ips">
          {title}
        </SectionLink>
      }
      result={query}
      summary={() => {
        const c = countPublicIps(query.data?.PublicIps ?? [])
        return {
          total: c.attached + c.idle,
          lines: [t('home.state.attached', { count: c.attached }), t('home.state.idle', { count: c.idle })],
        }
      }}
    />
  )
}

/**
 * The backends' health under the load balancers' count, once read, when the role reads it (a failed read is shown
 * in "Needs attention", which reads the same); says when only the first load balancers were read.
 */
function useHealthLines(account: string): string[] {
  const t = useT()
  const health = useLoadBalancerHealth(account)
  if (!health.readable || health.checked === 0 || !health.complete) return []
  const { up, down } = countBackendHealth(health.answers)
  return [
    t('home.state.backendsUp', { count: up }),
    t('home.state.backendsDown', { count: down }),
    ...(health.skipped > 0 ? [t('home.state.healthOfFirst', { count: health.checked })] : []),
  ]
}

function LoadBalancersTile({ account }: { account: string }) {
  const t = useT()
  const query = useQuery(loadBalancersQuery(account))
  const healthLines = useHealthLines(account)
  const title = t('home.resources.loadBalancers')
  return (
    <Tile
      title={title}
      link={
        <SectionLink account={account} section="load-balancers">
          {title}
        </SectionLink>
      }
      result={query}
      summary={() => {
        const c = countLoadBalancers(query.data?.LoadBalancers ?? [])
        return { total: c.total, lines: [t('home.state.backends', { count: c.backends }), ...healthLines] }
      }}
    />
  )
}

function SnapshotsTile({ account }: { account: string }) {
  const t = useT()
  const query = useQuery(snapshotsQuery(account))
  const title = t('home.resources.snapshots')
  return (
    <Tile
      title={title}
      link={
        <SectionLink account={account} section="snapshots">
          {title}
        </SectionLink>
      }
      result={query}
      summary={() => ({ total: query.data?.Snapshots?.length ?? 0, lines: [] })}
    />
  )
}

function ImagesTile({ account }: { account: string }) {
  const t = useT()
  const images = useQuery(imagesQuery(account))
  const accounts = useQuery(accountsQuery(account))
  const title = t('home.resources.images')
  const result: Result = {
    data: images.data && accounts.data,
    error: images.error ?? accounts.error,
    isPending: images.isPending || accounts.isPending,
    refetch: () => Promise.all([images.refetch(), accounts.refetch()]),
  }
  return (
    <Tile
      title={title}
      link={
        <SectionLink account={account} section="images">
          {title}
        </SectionLink>
      }
      result={result}
      summary={() => ({
        total: ownImages(images.data?.Images ?? [], accounts.data?.Accounts?.[0]?.AccountId).length,
        lines: [t('home.state.own')],
      })}
    />
  )
}

const tiles: ReadonlyArray<{
  key: string
  reads: ActionName[]
  Tile: (props: { account: string }) => ReactNode
}> = [
  { key: 'vms', reads: ['ReadVms'], Tile: VmsTile },
  { key: 'volumes', reads: ['ReadVolumes'], Tile: VolumesTile },
  { key: 'public-ips', reads: ['ReadPublicIps'], Tile: PublicIpsTile },
  { key: 'load-balancers', reads: ['ReadLoadBalancers'], Tile: LoadBalancersTile },
  { key: 'snapshots', reads: ['ReadSnapshots'], Tile: SnapshotsTile },
  { key: 'images', reads: ['ReadImages', 'ReadAccounts'], Tile: ImagesTile },
]

/** The families whose counts the person may read; the home draws no Resources section when there is none. */
export function useReadableTiles() {
  const can = useCan()
  return tiles.filter((tile) => tile.reads.every((action) => can(action).allowed))
}

export function ResourceCounts({ account }: { account: string }) {
  const t = useT()
  const readable = useReadableTiles()
  if (readable.length === 0) return null
  return (
    <Section title={t('home.resources')}>
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 xl:grid-cols-6">
        {readable.map(({ key, Tile: FamilyTile }) => (
          <FamilyTile key={key} account={account} />
        ))}
      </ul>
    </Section>
  )
}
