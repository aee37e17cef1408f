import { lazy } from 'react'
import type { ApiAccessRule } from '@osc-console/osc-api'
import { ResourceListPage } from '../../kit/ResourceListPage.tsx'
import { apiAccessRuleResource as d } from '../../kit/registry.ts'
import { nameColumn, resourceIdColumn } from '../../kit/columns.tsx'
import type { ResourceColumn } from '../../table/columns.tsx'
import { useAccountId } from '../../app/account.ts'
import { text } from '../../i18n/text.ts'
import { CreateButton } from '../../kit/CreateButton.tsx'

// The form library comes with the dialog, when someone opens it: reading the list does not need it.
const ApiAccessRuleCreateDialog = lazy(() =>
  import('./ApiAccessRuleFormDialog.tsx').then((m) => ({ default: m.ApiAccessRuleFormDialog })),
)

const joined = (list: string[] | undefined) => (list ?? []).join(', ')

const ruleColumns: ResourceColumn<ApiAccessRule>[] = [
  { ...nameColumn(d), label: text('rules.col.description'), width: 'w-48' },
  { ...resourceIdColumn(d), width: 'w-80' },
  { id: 'ipRanges', label: text('rules.col.ipRanges'), value: (r) => joined(r.IpRanges), width: 'w-48' },
  { id: 'caIds', label: text('rules.col.caIds'), value: (r) => joined(r.CaIds), width: 'w-40' },
  { id: 'cns', label: text('rules.col.cns'), value: (r) => joined(r.Cns), width: 'w-32' },
]

export default function ApiAccessRuleListPage() {
  const account = useAccountId()
  return (
    <ResourceListPage
      resource={d}
      account={account}
      columns={ruleColumns}
      tableLabel="rules.table"
      notAllowed="rules.notAllowed"
      empty={{ title: 'rules.empty.title', body: 'rules.empty.body' }}
      create={
        <CreateButton
          action="CreateApiAccessRule"
          label="rules.create.title"
          form={ApiAccessRuleCreateDialog}
          account={account}
        />
      }
    />
  )
}
