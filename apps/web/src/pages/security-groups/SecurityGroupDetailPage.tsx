import { useState } from 'react'
import { getRouteApi, useNavigate } from '@tanstack/react-router'
import type { SecurityGroup } from '@osc-console/osc-api'
import { ResourceDetailPage, auditTab, tagsTab, type DetailTab } from '../../kit/ResourceDetailPage.tsx'
import { PropertiesTable } from '../../kit/PropertiesTable.tsx'
import { ConfirmDialog } from '../../kit/ConfirmDialog.tsx'
import { securityGroupResource } from '../../kit/registry.ts'
import { ActionButton, allOf } from '../../ui/ActionButton.tsx'
import { useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { paths } from '../../paths.ts'
import { canDeleteGroup, openToWorld, ruleCounts } from './sg-rules.ts'
import { useGroupUsage } from './sg-usage.ts'
import { SgRulesTab } from './SgRulesTab.tsx'
import { SgUsedBy } from './SgUsedBy.tsx'

const route = getRouteApi('/$account/security-groups/$securityGroupId')

function WorldSummary({ group }: { group: SecurityGroup }) {
  const t = useT()
  const flags = openToWorld(group)
  if (flags.length === 0) return null
  return (
    <div
      role="note"
      className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-200"
    >
      <p className="font-medium">{t('sg.openToWorld.title')}</p>
      <ul className="list-disc pl-5">
        {flags.map((f, i) => (
          <li key={i}>{t(f.message)}</li>
        ))}
      </ul>
      <p className="mt-1">{t('sg.openToWorld.advice')}</p>
    </div>
  )
}

const tabs: DetailTab<SecurityGroup>[] = [
  {
    key: 'inbound',
    label: 'sg.tab.inbound',
    render: (sg) => (
      <div className="flex flex-col gap-3">
        <WorldSummary group={sg} />
        <SgRulesTab group={sg} flow="Inbound" />
      </div>
    ),
  },
  { key: 'outbound', label: 'sg.tab.outbound', render: (sg) => <SgRulesTab group={sg} flow="Outbound" /> },
  { key: 'used-by', label: 'sg.tab.usedBy', render: (sg) => <SgUsedBy group={sg} /> },
  {
    key: 'properties',
    label: 'sg.tab.properties',
    render: (sg) => (
      <PropertiesTable
        properties={[
          ['sg.create.name', sg.SecurityGroupName],
          ['table.col.id', <span className="font-mono">{sg.SecurityGroupId}</span>],
          ['sg.col.description', sg.Description],
          ['sg.col.net', sg.NetId ? <span className="font-mono">{sg.NetId}</span> : <PublicCloud />],
          ['sg.prop.account', <span className="font-mono">{sg.AccountId}</span>],
          ['sg.col.inbound', String(ruleCounts(sg).inbound)],
          ['sg.col.outbound', String(ruleCounts(sg).outbound)],
        ]}
      />
    ),
  },
  tagsTab(securityGroupResource),
  auditTab(securityGroupResource),
]

function PublicCloud() {
  const t = useT()
  return <>{t('sg.publicCloud')}</>
}

function GroupActions({ account, group }: { account: string; group: SecurityGroup }) {
  const t = useT()
  const can = useCan()
  const navigate = useNavigate()
  const { usage } = useGroupUsage(account)
  const [open, setOpen] = useState(false)
  const name = group.SecurityGroupName ?? group.SecurityGroupId ?? ''
  const rule = canDeleteGroup(group, usage?.get(group.SecurityGroupId ?? ''))
  return (
    <div
      role="group"
      aria-label={t('kit.detail.actions', { noun: t('resources.securityGroup', { count: 1 }) })}
      className="flex flex-wrap items-center gap-3"
    >
      <ActionButton
        check={allOf(can('DeleteSecurityGroup'), rule)}
        variant="danger"
        onClick={() => setOpen(true)}
      >
        {t('sg.delete')}
      </ActionButton>
      {!rule.allowed && <p className="text-sm muted">{t(rule.reason)}</p>}
      {open && (
        <ConfirmDialog
          account={account}
          action="DeleteSecurityGroup"
          params={{ SecurityGroupId: group.SecurityGroupId }}
          title={t('sg.delete.title', { name })}
          confirmLabel={t('sg.delete.confirm')}
          success={t('sg.deleted', { name })}
          danger
          typeToConfirm={{ expected: name, label: t('sg.delete.type', { name }) }}
          onClose={() => setOpen(false)}
          onDone={() => void navigate(paths.section({ account, section: 'security-groups' }))}
        >
          <p>{t('sg.delete.body')}</p>
        </ConfirmDialog>
      )}
    </div>
  )
}

export default function SecurityGroupDetailPage() {
  const { account, securityGroupId } = route.useParams()
  return (
    <ResourceDetailPage
      resource={securityGroupResource}
      account={account}
      id={securityGroupId}
      tabs={tabs}
      notAllowed="sg.notAllowed"
      actions={(group) => <GroupActions account={account} group={group} />}
    />
  )
}
