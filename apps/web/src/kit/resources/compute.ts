// Compute: VMs and the keypairs that open them.
import type { Keypair, Vm } from '@osc-console/osc-api'
import { resource } from '../descriptor.ts'
import { vmSearchText } from '../../pages/vms/vm-format.ts'

export const vmResource = resource<Vm>(
  {
    section: 'vms',
    family: 'vms',
    plural: 'Vms',
    title: 'nav.vms',
    description: 'nav.vms.description',
    noun: 'resources.vm',
    idPrefix: 'i-',
    built: true,
  },
  {
    states: ['pending', 'running', 'stopping', 'stopped', 'shutting-down', 'terminated', 'quarantine'],
    searchText: vmSearchText,
    // A volume being attached or detached changes the VM's read until it settles.
    partStatesOf: (vm) => (vm.BlockDeviceMappings ?? []).map((b) => b.Bsu?.State),
    paletteActions: [
      { dialog: 'stop', label: 'vms.stop' },
      { dialog: 'reboot', label: 'vms.reboot' },
      { dialog: 'edit', label: 'vms.edit' },
      { dialog: 'terminate', label: 'vms.terminate' },
    ],
    // Linking a volume, a public IP or a NIC, or changing a group, shows in the VM's own read.
    invalidatedBy: ['volumes', 'public-ips', 'nics', 'security-groups'],
  },
)

export const keypairResource = resource<Keypair>(
  {
    section: 'keypairs',
    family: 'keypairs',
    plural: 'Keypairs',
    title: 'nav.keypairs',
    description: 'nav.keypairs.description',
    noun: 'resources.keypair',
    idPrefix: 'key-',
    built: true,
  },
  {
    filters: ['tag'],
    searchText: (kp) =>
      [kp.KeypairName, kp.KeypairId, kp.KeypairFingerprint, kp.KeypairType].filter(Boolean).join(' '),
    hint: (kp) => kp.KeypairType ?? '',
  },
)
