// One flow's rules, a line per source as OUTSCALE counts them: what each opens, from where, the open-to-the-world
// flag in words on the line, and its removal (one DeleteSecurityGroupRule for that source only).
import { PlainTable } from '../../kit/PlainTable.tsx'
import { Suspense, lazy, useState } from 'react'
import { Link } from '@tanstack/react-router'
import { useQuery } from '@tanstack/react-query'
import type { SecurityGroup } from '@osc-console/osc-api'
import { useAccountId, useCan } from '../../app/account.ts'
import { useT, type Text } from '../../i18n/text.ts'
import { ConfirmDialog } from '../../kit/ConfirmDialog.tsx'
import { ActionButton, allOf } from '../../ui/ActionButton.tsx'
import { paths } from '../../paths.ts'
import { listQuery } from '../../kit/queries.ts'
import { itemsOf } from '../../kit/descriptor.ts'
import { securityGroupResource } from '../../kit/registry.ts'
import {
  canAddRules,
  deleteRuleRequest,
  lineOpenToWorld,
  ruleLines,
  type Flow,
  type RuleLine,
} from './sg-rules.ts'
import { memberText, portsText, protocolText, sourceText } from './sg-format.ts'

// The form library comes with the dialog, when someone opens it: reading the rules does not need it.
const SgAddRulesDialog = lazy(() =>
  import('./SgAddRulesDialog.tsx').then((m) => ({ default: m.SgAddRulesDialog })),
)

const FLOW_WORDS = {
  Inbound: { table: 'sg.rules.inbound', add: 'sg.rules.addInbound', source: 'sg.rules.source' },
  Outbound: { table: 'sg.rules.outbound', add: 'sg.rules.addOutbound', source: 'sg.rules.destination' },
} as const

function Source({
  line,
  owner,
  nameOf,
}: {
  line: RuleLine
  owner: string | undefined
  nameOf: (id: string) => string | undefined
}) {
  const account = useAccountId()
  if (line.source.kind === 'cidr') return <span className="font-mono">{line.source.cidr}</span>
  const { member } = line.source
  // A group of a peer account has no page here.
  return member.SecurityGroupId && (!member.AccountId || member.AccountId === owner) ? (
    <Link
      {...paths.resource({ account, section: 'security-groups', id: member.SecurityGroupId })}
      className="text-blue-700 hover:underline dark:text-blue-300"
    >
      {memberText(member, nameOf)}
    </Link>
  ) : (
    <span>
      {memberText(member, nameOf)}
      {member.AccountId && member.AccountId !== owner && <span className="muted"> · {member.AccountId}</span>}
    </span>
  )
}

export function SgRulesTab({ group, flow }: { group: SecurityGroup; flow: Flow }) {
  const t = useT()
  const can = useCan()
  const account = useAccountId()
  const [adding, setAdding] = useState(false)
  const [removing, setRemoving] = useState<RuleLine | undefined>()
  const lines = ruleLines(group, flow)
  // A rule naming a group by id only: its name comes from the list of groups.
  const groups = useQuery(listQuery(securityGroupResource, account))
  const nameOf = (groupId: string) =>
    itemsOf(securityGroupResource, groups.data).find((g) => g.SecurityGroupId === groupId)?.SecurityGroupName
  const words = FLOW_WORDS[flow]
  const tx = (x: Text | string) => (typeof x === 'string' ? x : t(x))
  const id = group.SecurityGroupId ?? ''
  const label = (line: RuleLine) =>
    t('sg.rules.line', {
      protocol: tx(protocolText(line.protocol)),
      ports: tx(portsText(line)),
      source: sourceText(line, nameOf),
    })
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-3">
        <p className="text-sm muted">{t('sg.rules.count', { count: lines.length })}</p>
        <div className="flex-1" />
        <ActionButton
          check={allOf(can('CreateSecurityGroupRule'), canAddRules(group, flow))}
          variant="primary"
          onClick={() => setAdding(true)}
        >
          {t(words.add)}
        </ActionButton>
      </div>
      {lines.length === 0 ? (
        <p className="card p-4 text-sm muted">{t('sg.rules.none')}</p>
      ) : (
        <PlainTable
          label={t(words.table)}
          columns={[t('sg.rules.protocol'), t('sg.rules.ports'), t(words.source), t('sg.rules.warning')]}
          actions={t('sg.rules.actions')}
        >
          {lines.map((line) => {
            const world = lineOpenToWorld(line)
            const key = `${line.protocol}/${line.fromPort}/${line.toPort}/${sourceText(line)}`
            return (
              <tr key={key}>
                <td>{tx(protocolText(line.protocol))}</td>
                <td>{tx(portsText(line))}</td>
                <td>
                  <Source line={line} owner={group.AccountId} nameOf={nameOf} />
                </td>
                <td>
                  {world && <span className="font-medium text-red-700 dark:text-red-300">{t(world)}</span>}
                </td>
                <td className="text-right">
                  <ActionButton check={can('DeleteSecurityGroupRule')} onClick={() => setRemoving(line)}>
                    <span aria-hidden="true">{t('sg.rules.remove')}</span>
                    <span className="sr-only">{t('sg.rules.removeLine', { rule: label(line) })}</span>
                  </ActionButton>
                </td>
              </tr>
            )
          })}
        </PlainTable>
      )}
      {removing && (
        <ConfirmDialog
          account={account}
          action="DeleteSecurityGroupRule"
          params={deleteRuleRequest(id, removing)}
          title={t('sg.rules.remove.title')}
          confirmLabel={t('sg.rules.remove.confirm')}
          success={t('sg.rules.removed')}
          danger
          onClose={() => setRemoving(undefined)}
        >
          <p>{t('sg.rules.remove.body', { rule: label(removing), group: group.SecurityGroupName ?? id })}</p>
        </ConfirmDialog>
      )}
      {adding && (
        <Suspense fallback={null}>
          <SgAddRulesDialog account={account} group={group} flow={flow} onClose={() => setAdding(false)} />
        </Suspense>
      )}
    </div>
  )
}
