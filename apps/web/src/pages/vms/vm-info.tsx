// The read-only sections of a VM's page: overview, network, storage, how to connect.
import { Link } from '@tanstack/react-router'
import { FormattedMessage } from '../../i18n/intl.tsx'
import { useQuery } from '@tanstack/react-query'
import type { Vm } from '@osc-console/osc-api'
import { imageNamesQuery } from './queries.ts'
import { DateTime } from '../../ui/DateTime.tsx'
import { vmTypeText } from './vm-format.ts'
import { paths } from '../../paths.ts'
import { CopyButton } from '../../ui/CopyButton.tsx'
import { VmPublicIp } from '../public-ips/VmPublicIp.tsx'
import { PropertiesTable } from '../../kit/PropertiesTable.tsx'
import { useT } from '../../i18n/text.ts'
import { VmAttachVolume } from '../volumes/VmAttachVolume.tsx'
import { VmCreateImage } from '../images/VmCreateImage.tsx'

const mono = (text: string | undefined) => (text ? <span className="font-mono">{text}</span> : undefined)

export function VmOverview({ vm, account }: { vm: Vm; account: string }) {
  const t = useT()
  const images = useQuery(imageNamesQuery(account))
  const image = images.data?.Images?.find((i) => i.ImageId === vm.ImageId)
  return (
    <PropertiesTable
      properties={[
        ['table.col.id', mono(vm.VmId)],
        ['table.col.state', vm.State + (vm.StateReason ? ` (${vm.StateReason})` : '')],
        ['vms.col.type', vmTypeText(vm.VmType)],
        [
          'vms.col.image',
          <>
            {image ? `${image.Description || image.ImageName} ` : ''}
            {mono(vm.ImageId)}
          </>,
        ],
        ['vms.info.architecture', [vm.Architecture, vm.OsFamily].filter(Boolean).join(' / ')],
        ['vms.info.keypair', vm.KeypairName],
        ['table.subregion', vm.Placement?.SubregionName],
        ['vms.col.privateIp', mono(vm.PrivateIp)],
        ['vms.col.publicIp', mono(vm.PublicIp)],
        ['vms.info.privateDns', vm.PrivateDnsName],
        [
          'vms.info.netSubnet',
          [vm.NetId, vm.SubnetId].filter(Boolean).join(' / ') || t('vms.info.publicCloud'),
        ],
        ['vms.info.deletionProtection', t(vm.DeletionProtection ? 'vms.info.on' : 'vms.info.off')],
        ['table.col.created', vm.CreationDate ? <DateTime iso={vm.CreationDate} /> : undefined],
      ]}
    />
  )
}

export function VmNetwork({ vm, account }: { vm: Vm; account: string }) {
  const t = useT()
  return (
    <div className="flex flex-col gap-4">
      <VmPublicIp vm={vm} account={account} />
      <div className="card p-4">
        <h2 className="mb-2 text-sm font-semibold">{t('vms.col.securityGroups')}</h2>
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
          {(vm.SecurityGroups ?? []).length === 0 && (
            <li className="muted">{t('vms.info.noSecurityGroup')}</li>
          )}
        </ul>
      </div>
      <div className="card p-4">
        <h2 className="mb-2 text-sm font-semibold">{t('vms.info.nics')}</h2>
        {(vm.Nics ?? []).length === 0 ? (
          <p className="text-sm muted">
            {t('vms.info.publicCloudAddresses', {
              privateIp: vm.PrivateIp ?? '—',
              publicIp: vm.PublicIp ?? '—',
            })}
          </p>
        ) : (
          <table className="w-full text-sm" aria-label={t('vms.info.nics')}>
            <thead>
              <tr className="text-left text-xs muted">
                <th scope="col">{t('vms.info.nic')}</th>
                <th scope="col">{t('vms.info.device')}</th>
                <th scope="col">{t('vms.info.privateIps')}</th>
                <th scope="col">{t('vms.col.publicIp')}</th>
                <th scope="col">{t('vms.info.subnet')}</th>
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
  const t = useT()
  const volumes = vm.BlockDeviceMappings ?? []
  return (
    <div className="card flex flex-col gap-3 p-4">
      <div className="flex flex-wrap gap-2">
        <VmAttachVolume account={account} vm={vm} />
        <VmCreateImage account={account} vm={vm} />
      </div>
      {volumes.length === 0 ? (
        <p className="text-sm muted">{t('vms.info.noVolume')}</p>
      ) : (
        <table className="w-full text-sm" aria-label={t('vms.info.volumes')}>
          <thead>
            <tr className="text-left text-xs muted">
              <th scope="col">{t('vms.info.device')}</th>
              <th scope="col">{t('vms.info.volume')}</th>
              <th scope="col">{t('table.col.state')}</th>
              <th scope="col">{t('vms.info.attached')}</th>
              <th scope="col">{t('vms.info.deletedWithVm')}</th>
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
                <td>{t(b.Bsu?.DeleteOnVmDeletion ? 'vms.info.yes' : 'vms.info.no')}</td>
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
  const t = useT()
  const command = sshCommand(vm)
  const windows = (vm.OsFamily ?? '').toLowerCase().includes('windows')
  return (
    <div className="card flex flex-col gap-3 p-4 text-sm">
      {windows ? (
        <p>
          <FormattedMessage
            id="vms.info.connectRdp"
            values={{
              host: vm.PublicIp ?? vm.PrivateIp,
              mono: (chunks) => <span className="font-mono">{chunks}</span>,
            }}
          />
        </p>
      ) : command ? (
        <>
          <p>
            {vm.KeypairName
              ? t('vms.info.connectSshWithKey', { keypair: vm.KeypairName })
              : t('vms.info.connectSsh')}
          </p>
          <div className="flex items-center gap-2">
            <pre className="flex-1 rounded bg-slate-100 p-2 font-mono text-xs dark:bg-slate-800">
              {command}
            </pre>
            <CopyButton text={command} label={t('vms.info.copySsh')} />
          </div>
          {!vm.PublicIp && <p className="muted">{t('vms.info.noPublicIp')}</p>}
          {!vm.KeypairName && <p className="muted">{t('vms.info.noKeypair')}</p>}
        </>
      ) : (
        <p className="muted">{t('vms.info.noIp')}</p>
      )}
    </div>
  )
}
