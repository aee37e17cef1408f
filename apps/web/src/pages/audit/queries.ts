import { auditPagesQuery } from '@osc-console/data'
import type { AuditSearch } from './search.ts'

export const AUDIT_PAGE_SIZE = 50

/** The account's audit records for the filters in the URL, the query the route's loader starts. */
export const auditLogQuery = (account: string, search: AuditSearch) => {
  const filters = { ...search }
  delete filters.source
  return auditPagesQuery({ account, ...filters, limit: AUDIT_PAGE_SIZE })
}
