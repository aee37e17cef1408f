import { useQuery } from '@tanstack/react-query'
import type { Response, Vm } from '@osc-console/osc-api'
import { imageNamesQuery } from './queries.ts'
import { createdColumn, stateColumn, tagsColumn, type ResourceColumn } from '../../table/columns.tsx'
import { parseVmType } from './vm-format.ts'
import { nameColumn, resourceIdColumn } from '../../kit/columns.tsx'
import { vmResource } from '../../kit/registry.ts'
import { useAccountId } from '../../app/account.ts'
import { text } from '../../i18n/text.ts'

const namesById = (data: Response<'ReadImages'>) =>
  new Map((data.Images ?? []).map((image) => [image.ImageId, image.Description || image.ImageName]))

function ImageCell({ vm }: { vm: Vm }) {
  const account = useAccountId()
  const { data: names } = useQuery({ ...imageNamesQuery(account), select: namesById })
  const name = names?.get(vm.ImageId)
  return name ? (
    <span title={`${name} (${vm.ImageId})`}>{name}</span>
  ) : (
    <span className="font-mono text-xs">{vm.ImageId}</span>
  )
}

export const vmColumns: ResourceColumn<Vm>[] = [
  nameColumn(vmResource),
  resourceIdColumn(vmResource),
  stateColumn<Vm>((vm) => vm.State),
  {
    id: 'type',
    label: text('vms.col.type'),
    value: (vm) => vm.VmType,
    cell: (vm) => {
      const size = parseVmType(vm.VmType)
      return <span title={vm.VmType}>{size ? `${size.vcpu} vCPU · ${size.memoryGiB} GiB` : vm.VmType}</span>
    },
    width: 'w-32',
  },
  {
    id: 'image',
    label: text('vms.col.image'),
    value: (vm) => vm.ImageId,
    cell: (vm) => <ImageCell vm={vm} />,
    width: 'w-32',
  },
  {
    id: 'privateIp',
    label: text('vms.col.privateIp'),
    value: (vm) => vm.PrivateIp,
    cell: (vm) => <span className="font-mono text-xs">{vm.PrivateIp}</span>,
    width: 'w-28',
  },
  {
    id: 'publicIp',
    label: text('vms.col.publicIp'),
    value: (vm) => vm.PublicIp,
    cell: (vm) => <span className="font-mono text-xs">{vm.PublicIp}</span>,
    width: 'w-32',
  },
  {
    id: 'subregion',
    label: text('table.subregion'),
    value: (vm) => vm.Placement?.SubregionName,
    width: 'w-24',
  },
  {
    id: 'securityGroups',
    label: text('vms.col.securityGroups'),
    value: (vm) => (vm.SecurityGroups ?? []).map((g) => g.SecurityGroupName).join(', '),
    width: 'w-40',
    defaultHidden: true,
  },
  { ...tagsColumn<Vm>((vm) => vm.Tags), defaultHidden: true },
  { ...createdColumn<Vm>((vm) => vm.CreationDate), defaultHidden: true },
]
