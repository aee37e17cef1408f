import { getRouteApi } from '@tanstack/react-router'
import type { Vm } from '@osc-console/osc-api'
import { ResourceDetailPage, auditTab, tagsTab, type DetailTab } from '../../kit/ResourceDetailPage.tsx'
import { vmResource } from '../../kit/registry.ts'
import { VmActions } from './VmActions.tsx'
import { VmConnect, VmNetwork, VmOverview, VmStorage } from './vm-info.tsx'
import { VmConsoleOutput, VmAdminPassword } from './vm-sensitive.tsx'

const route = getRouteApi('/$account/vms/$vmId')

function vmTabs(account: string): DetailTab<Vm>[] {
  return [
    { key: 'overview', label: 'vms.tab.overview', render: (vm) => <VmOverview vm={vm} account={account} /> },
    { key: 'network', label: 'vms.tab.network', render: (vm) => <VmNetwork vm={vm} account={account} /> },
    { key: 'storage', label: 'vms.tab.storage', render: (vm) => <VmStorage vm={vm} account={account} /> },
    tagsTab(vmResource),
    {
      key: 'console',
      label: 'vms.tab.console',
      render: (vm) => <VmConsoleOutput vm={vm} account={account} />,
    },
    { key: 'connect', label: 'vms.tab.connect', render: (vm) => <VmConnect vm={vm} /> },
    {
      key: 'password',
      label: 'vms.tab.password',
      render: (vm) => <VmAdminPassword vm={vm} account={account} />,
    },
    auditTab(vmResource),
  ]
}

export default function VmDetailPage() {
  const { account, vmId } = route.useParams()
  return (
    <ResourceDetailPage
      resource={vmResource}
      account={account}
      id={vmId}
      tabs={vmTabs(account)}
      notAllowed="vms.notAllowed"
      actions={(vm, dialog, clearDialog) => (
        <VmActions account={account} vm={vm} requested={dialog} onRequestSeen={clearDialog} />
      )}
    />
  )
}
