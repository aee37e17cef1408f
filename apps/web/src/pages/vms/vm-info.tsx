// The read-only sections of a VM's page: overview, network, storage, how to connect.
import type { ReactNode } from 'react'
import { Link } from '@tanstack/react-router'
import { useQuery } from '@tanstack/react-query'
import type { Vm } from '@osc-console/osc-api'
import { imageNamesQuery } from './queries.ts'
import { DateTime } from '../../ui/DateTime.tsx'
import { vmTypeText } from './vm-format.ts'
import { paths } from '../../paths.ts'
import { CopyButton } from '../../ui/CopyButton.tsx'
import { VmPublicIp } from '../public-ips/VmPublicIp.tsx'

function Fields({ items }: { items: Array<[string, ReactNode]> }) {
  return (
    <dl className="grid grid-cols-[12rem_1fr] gap-x-4 gap-y-2 text-sm">
      {items.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="muted">{label}</dt>
          <dd>{value === undefined || value === null || value === '' ? '—' : value}</dd>
        </div>
      ))}
    </dl>
  )
}

const mono = (text: string | undefined) => (text ? <span className="font-mono">{text}</span> : undefined)

export function VmOverview({ vm, account }: { vm: Vm; account: string }) {
  const images = useQuery(imageNamesQuery(account))
  const image = images.data?.Images?.find((i) => i.ImageId === vm.ImageId)
  return (
    <div className="card p-4">
      <Fields
        items={[
          ['ID', mono(vm.VmId)],
          ['State', vm.State + (vm.StateReason ? ` (${vm.StateReason})` : '')],
          ['Type', vmTypeText(vm.VmType)],
          [
            'Image',
            <>
              {image ? `${image.Description || image.ImageName} ` : ''}
              {mono(vm.ImageId)}
            </>,
          ],
          ['Architecture / OS', [vm.Architecture, vm.OsFamily].filter(Boolean).join(' / ')],
          ['Keypair', vm.KeypairName],
          ['Subregion', vm.Placement?.SubregionName],
          ['Private IP', mono(vm.PrivateIp)],
          ['Public IP', mono(vm.PublicIp)],
          ['Private DNS', vm.PrivateDnsName],
          ['Net / Subnet', [vm.NetId, vm.SubnetId].filter(Boolean).join(' / ') || 'Public Cloud (no Net)'],
          ['Deletion protection', vm.DeletionProtection ? 'On' : 'Off'],
          ['Created', vm.CreationDate ? <DateTime iso={vm.CreationDate} /> : undefined],
        ]}
      />
    </div>
  )
}

export function VmNetwork({ vm, account }: { vm: Vm; account: string }) {
  return (
    <div className="flex flex-col gap-4">
      <VmPublicIp vm={vm} account={account} />
      <div className="card p-4">
        <h2 className="mb-2 text-sm font-semibold">Security groups</h2>
        <ul className="flex flex-wrap gap-2 text-sm">
          {(vm.SecurityGroups ?? []).map((g) => (
            <li key={g.SecurityGroupId}>
              <Link
                {...paths.resource({ account, section: 'security-groups', id: g.SecurityGroupId ?? '' })}
                className="text-blue-700 hover:underline dark:text-blue-300"
              >
                {g.SecurityGroupName} <span className="font-mono text-xs">({g.SecurityGroupId})</span>
              </Link>
            </li>
          ))}
          {(vm.SecurityGroups ?? []).length === 0 && <li className="muted">No security group.</li>}
        </ul>
      </div>
      <div className="card p-4">
        <h2 className="mb-2 text-sm font-semibold">Network interfaces</h2>
        {(vm.Nics ?? []).length === 0 ? (
          <p className="text-sm muted">
            This VM is in the public cloud: its addresses are private IP {vm.PrivateIp ?? '—'} and public IP{' '}
            {vm.PublicIp ?? '—'}.
          </p>
        ) : (
          <table className="w-full text-sm" aria-label="Network interfaces">
            <thead>
              <tr className="text-left text-xs muted">
                <th scope="col">NIC</th>
                <th scope="col">Device</th>
                <th scope="col">Private IPs</th>
                <th scope="col">Public IP</th>
                <th scope="col">Subnet</th>
              </tr>
            </thead>
            <tbody>
              {(vm.Nics ?? []).map((nic) => (
                <tr key={nic.NicId} className="border-t border-slate-100 dark:border-slate-800">
                  <td className="py-1 font-mono text-xs">{nic.NicId}</td>
                  <td>{nic.LinkNic?.DeviceNumber}</td>
                  <td className="font-mono text-xs">
                    {(nic.PrivateIps ?? []).map((ip) => ip.PrivateIp).join(', ')}
                  </td>
                  <td className="font-mono text-xs">{nic.LinkPublicIp?.PublicIp}</td>
                  <td className="font-mono text-xs">{nic.SubnetId}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </div>
  )
}

export function VmStorage({ vm, account }: { vm: Vm; account: string }) {
  const volumes = vm.BlockDeviceMappings ?? []
  return (
    <div className="card p-4">
      {volumes.length === 0 ? (
        <p className="text-sm muted">No volume is attached.</p>
      ) : (
        <table className="w-full text-sm" aria-label="Volumes">
          <thead>
            <tr className="text-left text-xs muted">
              <th scope="col">Device</th>
              <th scope="col">Volume</th>
              <th scope="col">State</th>
              <th scope="col">Attached</th>
              <th scope="col">Deleted with the VM</th>
            </tr>
          </thead>
          <tbody>
            {volumes.map((b) => (
              <tr key={b.DeviceName} className="border-t border-slate-100 dark:border-slate-800">
                <td className="py-1 font-mono text-xs">{b.DeviceName}</td>
                <td>
                  <Link
                    {...paths.resource({ account, section: 'volumes', id: b.Bsu?.VolumeId ?? '' })}
                    className="font-mono text-xs text-blue-700 hover:underline dark:text-blue-300"
                  >
                    {b.Bsu?.VolumeId}
                  </Link>
                </td>
                <td>{b.Bsu?.State}</td>
                <td>{b.Bsu?.LinkDate ? <DateTime iso={b.Bsu.LinkDate} /> : '—'}</td>
                <td>{b.Bsu?.DeleteOnVmDeletion ? 'Yes' : 'No'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}

/** Linux images of OUTSCALE log in as "outscale"; Windows uses RDP with the admin password. */
export function sshCommand(vm: Vm): string | undefined {
  const host = vm.PublicIp ?? vm.PrivateIp
  if (!host) return undefined
  const key = vm.KeypairName ? `-i ~/.ssh/${vm.KeypairName}.pem ` : ''
  return `ssh ${key}outscale@${host}`
}

export function VmConnect({ vm }: { vm: Vm }) {
  const command = sshCommand(vm)
  const windows = (vm.OsFamily ?? '').toLowerCase().includes('windows')
  return (
    <div className="card flex flex-col gap-3 p-4 text-sm">
      {windows ? (
        <p>
          Connect with Remote Desktop to <span className="font-mono">{vm.PublicIp ?? vm.PrivateIp}</span> as
          Administrator; read the password in the Admin password tab.
        </p>
      ) : command ? (
        <>
          <p>
            Connect with SSH{vm.KeypairName ? ` using the private key of keypair “${vm.KeypairName}”` : ''}:
          </p>
          <div className="flex items-center gap-2">
            <pre className="flex-1 rounded bg-slate-100 p-2 font-mono text-xs dark:bg-slate-800">
              {command}
            </pre>
            <CopyButton text={command} label="Copy ssh command" />
          </div>
          {!vm.PublicIp && (
            <p className="muted">
              This VM has no public IP: run the command from a machine in the same Net (a bastion), or link a
              public IP to it.
            </p>
          )}
          {!vm.KeypairName && (
            <p className="muted">
              No keypair was given at creation: log in with a password or a key in the user data.
            </p>
          )}
        </>
      ) : (
        <p className="muted">The VM has no IP address yet. Wait until it is running.</p>
      )}
    </div>
  )
}
