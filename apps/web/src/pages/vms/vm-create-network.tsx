// Create-VM section for where the VM lives: public cloud (a subregion) or a Net and subnet, and the
// security groups of that place.
import { useQuery } from '@tanstack/react-query'
import { oscQueryAll } from '@osc-console/data'
import type { CreateVmForm } from './vm-create-form.ts'
import { Problem } from './vm-create-problem.tsx'

export function NetworkSection({
  account,
  form,
  update,
  problem,
}: {
  account: string
  form: CreateVmForm
  update: (changes: Partial<CreateVmForm>) => void
  problem?: string
}) {
  const nets = useQuery(oscQueryAll(account, 'ReadNets', {}))
  const subnets = useQuery({
    ...oscQueryAll(account, 'ReadSubnets', { Filters: { NetIds: [form.netId] } }),
    enabled: form.placement === 'net' && !!form.netId,
  })
  const subregions = useQuery(oscQueryAll(account, 'ReadSubregions', {}))
  const groups = useQuery(oscQueryAll(account, 'ReadSecurityGroups', {}))
  const inScope = (groups.data?.SecurityGroups ?? []).filter((g) =>
    form.placement === 'net' ? g.NetId === form.netId : !g.NetId,
  )
  return (
    <div className="flex flex-col gap-3 text-sm">
      <fieldset className="flex gap-4">
        <legend className="mb-1">Placement</legend>
        <label className="flex items-center gap-1">
          <input
            type="radio"
            name="placement"
            checked={form.placement === 'public'}
            onChange={() => update({ placement: 'public', securityGroupIds: [] })}
          />
          Public cloud
        </label>
        <label className="flex items-center gap-1">
          <input
            type="radio"
            name="placement"
            checked={form.placement === 'net'}
            onChange={() => update({ placement: 'net', securityGroupIds: [] })}
          />
          In a Net
        </label>
      </fieldset>
      {form.placement === 'public' ? (
        <label className="flex flex-col gap-1">
          Subregion
          <select
            className="input"
            value={form.subregion}
            onChange={(e) => update({ subregion: e.target.value })}
          >
            <option value="">Any subregion</option>
            {(subregions.data?.Subregions ?? []).map((s) => (
              <option key={s.SubregionName} value={s.SubregionName}>
                {s.SubregionName}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <div className="grid grid-cols-2 gap-3">
          <label className="flex flex-col gap-1">
            Net
            <select
              className="input"
              value={form.netId}
              onChange={(e) => update({ netId: e.target.value, subnetId: '', securityGroupIds: [] })}
            >
              <option value="">Choose a Net</option>
              {(nets.data?.Nets ?? []).map((n) => (
                <option key={n.NetId} value={n.NetId}>
                  {n.Tags?.find((t) => t.Key === 'Name')?.Value ?? n.NetId} ({n.IpRange})
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col gap-1">
            Subnet
            <select
              className="input"
              value={form.subnetId}
              onChange={(e) => update({ subnetId: e.target.value })}
              disabled={!form.netId}
            >
              <option value="">Choose a subnet</option>
              {(subnets.data?.Subnets ?? []).map((s) => (
                <option key={s.SubnetId} value={s.SubnetId}>
                  {s.SubnetId} ({s.IpRange}, {s.SubregionName})
                </option>
              ))}
            </select>
          </label>
          {(nets.data?.Nets ?? []).length === 0 && nets.isSuccess && (
            <p className="col-span-2 muted">This account has no Net yet.</p>
          )}
        </div>
      )}
      <Problem text={problem} />
      <fieldset>
        <legend className="mb-1">Security groups</legend>
        {inScope.length === 0 && groups.isSuccess && (
          <p className="muted">No security group here; the default one will be used.</p>
        )}
        <div className="flex max-h-40 flex-col overflow-y-auto">
          {inScope.map((g) => (
            <label key={g.SecurityGroupId} className="flex items-center gap-2">
              <input
                type="checkbox"
                checked={form.securityGroupIds.includes(g.SecurityGroupId ?? '')}
                onChange={(e) =>
                  update({
                    securityGroupIds: e.target.checked
                      ? [...form.securityGroupIds, g.SecurityGroupId ?? '']
                      : form.securityGroupIds.filter((id) => id !== g.SecurityGroupId),
                  })
                }
              />
              {g.SecurityGroupName} <span className="font-mono text-xs muted">{g.SecurityGroupId}</span>
              <span className="text-xs muted">{g.Description}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  )
}
