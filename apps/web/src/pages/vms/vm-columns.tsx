import { Link } from '@tanstack/react-router'
import { useQuery } from '@tanstack/react-query'
import type { Response, Vm } from '@osc-console/osc-api'
import { imageNamesQuery } from './queries.ts'
import {
  createdColumn,
  idColumn,
  stateColumn,
  tagsColumn,
  type ResourceColumn,
} from '../../table/columns.tsx'
import { parseVmType, vmName } from './vm-format.ts'
import { paths } from '../../paths.ts'
import { useAccountId } from '../../app/account.ts'

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

function NameCell({ vm }: { vm: Vm }) {
  const account = useAccountId()
  return (
    <Link
      {...paths.vm({ account, vmId: vm.VmId ?? '' })}
      className="font-medium text-blue-700 hover:underline dark:text-blue-300"
    >
      {vmName(vm) || <span className="italic muted">(no name)</span>}
    </Link>
  )
}

export const vmColumns: ResourceColumn<Vm>[] = [
  { id: 'name', label: 'Name', value: vmName, cell: (vm) => <NameCell vm={vm} />, width: 'w-32' },
  idColumn<Vm>('id', (vm) => vm.VmId),
  stateColumn<Vm>((vm) => vm.State),
  {
    id: 'type',
    label: 'Type',
    value: (vm) => vm.VmType,
    cell: (vm) => {
      const size = parseVmType(vm.VmType)
      return <span title={vm.VmType}>{size ? `${size.vcpu} vCPU · ${size.memoryGiB} GiB` : vm.VmType}</span>
    },
    width: 'w-32',
  },
  {
    id: 'image',
    label: 'Image',
    value: (vm) => vm.ImageId,
    cell: (vm) => <ImageCell vm={vm} />,
    width: 'w-32',
  },
  {
    id: 'privateIp',
    label: 'Private IP',
    value: (vm) => vm.PrivateIp,
    cell: (vm) => <span className="font-mono text-xs">{vm.PrivateIp}</span>,
    width: 'w-28',
  },
  {
    id: 'publicIp',
    label: 'Public IP',
    value: (vm) => vm.PublicIp,
    cell: (vm) => <span className="font-mono text-xs">{vm.PublicIp}</span>,
    width: 'w-32',
  },
  { id: 'subregion', label: 'Subregion', value: (vm) => vm.Placement?.SubregionName, width: 'w-24' },
  {
    id: 'securityGroups',
    label: 'Security groups',
    value: (vm) => (vm.SecurityGroups ?? []).map((g) => g.SecurityGroupName).join(', '),
    width: 'w-40',
    defaultHidden: true,
  },
  { ...tagsColumn<Vm>((vm) => vm.Tags), defaultHidden: true },
  { ...createdColumn<Vm>((vm) => vm.CreationDate), defaultHidden: true },
]
