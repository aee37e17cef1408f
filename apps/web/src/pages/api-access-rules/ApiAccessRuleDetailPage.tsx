import { useState } from 'react'
import { getRouteApi, useNavigate } from '@tanstack/react-router'
import { useQuery } from '@tanstack/react-query'
import type { ApiAccessRule } from '@osc-console/osc-api'
import { ResourceDetailPage, auditTab, type DetailTab } from '../../kit/ResourceDetailPage.tsx'
import { PropertiesTable } from '../../kit/PropertiesTable.tsx'
import { ConfirmDialog } from '../../kit/ConfirmDialog.tsx'
import { listQuery } from '../../kit/queries.ts'
import { itemsOf } from '../../kit/descriptor.ts'
import { apiAccessRuleResource as d } from '../../kit/registry.ts'
import { ActionButton, allOf, reasonText } from '../../ui/ActionButton.tsx'
import { useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { paths } from '../../paths.ts'
import { apiAccessRuleCan } from './api-access-rule-rules.ts'
import { ApiAccessRuleFormDialog } from './ApiAccessRuleFormDialog.tsx'

const route = getRouteApi('/$account/api-access-rules/$apiAccessRuleId')

const list = (values: string[] | undefined) =>
  values?.length ? <span className="font-mono text-xs">{values.join(', ')}</span> : undefined

const tabs: DetailTab<ApiAccessRule>[] = [
  {
    key: 'properties',
    label: 'rules.tab.properties',
    render: (r) => (
      <PropertiesTable
        properties={[
          ['table.col.id', <span className="font-mono">{r.ApiAccessRuleId}</span>],
          ['rules.col.description', r.Description],
          ['rules.col.ipRanges', list(r.IpRanges)],
          ['rules.col.caIds', list(r.CaIds)],
          ['rules.col.cns', list(r.Cns)],
        ]}
      />
    ),
  },
  auditTab(d),
]

function RuleActions({ account, rule }: { account: string; rule: ApiAccessRule }) {
  const t = useT()
  const can = useCan()
  const navigate = useNavigate()
  const count = itemsOf(d, useQuery(listQuery(d, account)).data).length
  const del = apiAccessRuleCan.delete(count)
  const id = rule.ApiAccessRuleId ?? ''
  const [open, setOpen] = useState<'edit' | 'delete'>()
  const close = () => setOpen(undefined)
  return (
    <div
      role="group"
      aria-label={t('kit.detail.actions', { noun: t('resources.apiAccessRule', { count: 1 }) })}
      className="flex flex-wrap items-center gap-3"
    >
      <ActionButton check={can('UpdateApiAccessRule')} onClick={() => setOpen('edit')}>
        {t('rules.edit')}
      </ActionButton>
      <ActionButton
        check={allOf(can('DeleteApiAccessRule'), del)}
        variant="danger"
        onClick={() => setOpen('delete')}
      >
        {t('rules.delete')}
      </ActionButton>
      {!del.allowed && <p className="text-sm muted">{reasonText(del, t)}</p>}
      {open === 'edit' && <ApiAccessRuleFormDialog account={account} rule={rule} onClose={close} />}
      {open === 'delete' && (
        <ConfirmDialog
          account={account}
          action="DeleteApiAccessRule"
          params={{ ApiAccessRuleId: id }}
          title={t('rules.delete.title', { id })}
          confirmLabel={t('rules.delete.confirm')}
          success={t('rules.deleted', { id })}
          danger
          typeToConfirm={{ expected: id, label: t('rules.delete.type', { id }) }}
          onClose={close}
          onDone={() => void navigate(paths.section({ account, section: d.section }))}
        >
          <p>{t('rules.delete.body')}</p>
          <p className="mt-2">{t('rules.egressUnknown')}</p>
        </ConfirmDialog>
      )}
    </div>
  )
}

export default function ApiAccessRuleDetailPage() {
  const { account, apiAccessRuleId } = route.useParams()
  return (
    <ResourceDetailPage
      resource={d}
      account={account}
      id={apiAccessRuleId}
      tabs={tabs}
      notAllowed="rules.notAllowed"
      actions={(r) => <RuleActions account={account} rule={r} />}
    />
  )
}
