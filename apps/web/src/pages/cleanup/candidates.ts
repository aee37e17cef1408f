// Reads what clean-up may delete: every family's list (the same reads, under the same keys, as the list pages),
// and, for families the API gives no creation date, the audit log's record of which were created since the moment.
import { useQueries } from '@tanstack/react-query'
import { auditQuery, type Permission } from '@osc-console/data'
import type { ActionName } from '@osc-console/osc-api'
import { useCan } from '../../app/account.ts'
import { itemsOf } from '../../kit/descriptor.ts'
import { listQuery } from '../../kit/queries.ts'
import {
  cleanupFamilies,
  inDeletionOrder,
  picks,
  type CleanupEntry,
  type CleanupFamily,
  type Criterion,
} from './families.ts'

export interface CleanupGroup {
  family: CleanupFamily
  entries: CleanupEntry[]
  /** Whether the role reads this family; when not, nothing of it is offered. */
  read: Permission
  /** Whether the role may delete this family's items. */
  remove: Permission
  loading: boolean
  error: unknown
  refetch: () => void
}

/** The audit log's pages are at most 500 records; a moment further back than that many creations is unusual. */
const AUDIT_LIMIT = 500

const auditActions = [
  ...new Set(cleanupFamilies.flatMap((f) => ('audit' in f.created ? [f.created.audit] : []))),
]
const reads = [...new Set(cleanupFamilies.map((f) => f.resource.read))]

export function useCleanupGroups(account: string, criterion: Criterion): CleanupGroup[] {
  const can = useCan()
  const since = 'since' in criterion ? criterion.since : undefined
  const lists = useQueries({
    queries: reads.map((read) => {
      const family = cleanupFamilies.find((f) => f.resource.read === read)!
      return { ...listQuery(family.resource, account), enabled: can(read).allowed }
    }),
  })
  const audits = useQueries({
    queries: auditActions.map((action) => ({
      ...auditQuery({ account, action, from: since, result: 'success', limit: AUDIT_LIMIT }),
      enabled: since !== undefined,
    })),
  })
  const createdIds = new Map(
    auditActions.map((action, i) => [
      action,
      new Set(audits[i]?.data?.records.flatMap((record) => record.resourceIds ?? []) ?? []),
    ]),
  )
  return inDeletionOrder().map((family) => {
    const list = lists[reads.indexOf(family.resource.read)]!
    const audit = 'audit' in family.created ? audits[auditActions.indexOf(family.created.audit)] : undefined
    const created = 'audit' in family.created ? createdIds.get(family.created.audit) : undefined
    const entries = itemsOf(family.resource, list.data)
      .flatMap((item) => family.entriesOf(item))
      .filter((entry) => picks(family, entry, criterion, created ?? new Set<string>()))
    return {
      family,
      entries,
      read: can(family.resource.read),
      remove: can(family.action as ActionName),
      loading: (list.isPending && list.fetchStatus !== 'idle') || (since !== undefined && !!audit?.isPending),
      error: list.error ?? audit?.error,
      refetch: () => {
        void list.refetch()
        void audit?.refetch()
      },
    }
  })
}
