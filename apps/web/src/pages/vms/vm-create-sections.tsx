// The sections of the create-VM form that pick from what the account has: images, types, keypairs, Nets.
import { useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import type { ResourceTag } from '@osc-console/osc-api'
import { oscQueryAll, useOscMutation } from '@osc-console/data'
import { ErrorPanel } from '../../ui/ErrorPanel.tsx'
import { ActionButton } from '../../ui/ActionButton.tsx'
import { Skeleton } from '../../ui/Skeleton.tsx'
import { useCan } from '../../app/account.ts'
import { downloadText } from '../../table/csv.ts'
import type { CreateVmForm, ExtraVolume } from './vm-create-form.ts'

const MAX_LISTED = 50

function Problem({ text }: { text: string | undefined }) {
  return text ? <p className="mt-1 text-sm text-red-700 dark:text-red-300">{text}</p> : null
}

export function ImagePicker({
  account,
  value,
  onChange,
  problem,
}: {
  account: string
  value: string
  onChange: (id: string) => void
  problem?: string
}) {
  const images = useQuery(oscQueryAll(account, 'ReadImages', { Filters: { States: ['available'] } }))
  const [text, setText] = useState('')
  const needle = text.trim().toLowerCase()
  const all = images.data?.Images ?? []
  const matching = all.filter((i) =>
    `${i.ImageName} ${i.Description} ${i.ImageId} ${i.Architecture} ${i.AccountAlias}`
      .toLowerCase()
      .includes(needle),
  )
  const chosen = all.find((i) => i.ImageId === value)
  if (images.error) return <ErrorPanel error={images.error} onRetry={() => void images.refetch()} />
  return (
    <div className="flex flex-col gap-2 text-sm">
      <input
        className="input"
        aria-label="Search images"
        placeholder="Ubuntu, Debian, Windows, x86_64, ami-…"
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      {images.isPending ? (
        <Skeleton className="h-24 w-full" />
      ) : (
        <fieldset className="max-h-56 overflow-y-auto rounded border border-slate-200 dark:border-slate-700">
          <legend className="sr-only">Image</legend>
          {matching.slice(0, MAX_LISTED).map((image) => (
            <label
              key={image.ImageId}
              className="flex items-center gap-2 border-b border-slate-100 px-2 py-1.5 last:border-0 dark:border-slate-800"
            >
              <input
                type="radio"
                name="image"
                checked={image.ImageId === value}
                onChange={() => onChange(image.ImageId ?? '')}
              />
              <span className="flex-1">
                {image.ImageName}
                <span className="ml-2 muted">{image.Description}</span>
              </span>
              <span className="text-xs muted">{image.Architecture}</span>
              <span className="font-mono text-xs muted">{image.ImageId}</span>
            </label>
          ))}
          {matching.length === 0 && <p className="p-2 muted">No image matches “{text}”.</p>}
          {matching.length > MAX_LISTED && (
            <p className="p-2 text-xs muted">{matching.length - MAX_LISTED} more: refine the search.</p>
          )}
        </fieldset>
      )}
      {chosen && (
        <p className="muted">
          Chosen: {chosen.ImageName} ({chosen.ImageId})
        </p>
      )}
      <Problem text={problem} />
    </div>
  )
}

export function TypePicker({
  account,
  value,
  onChange,
}: {
  account: string
  value: string
  onChange: (type: string) => void
}) {
  const types = useQuery(oscQueryAll(account, 'ReadVmTypes', {}))
  const [minCpu, setMinCpu] = useState(0)
  const [minMemory, setMinMemory] = useState(0)
  const [family, setFamily] = useState('')
  const list = (types.data?.VmTypes ?? []).filter(
    (t) =>
      (t.VcoreCount ?? 0) >= minCpu &&
      (t.MemorySize ?? 0) >= minMemory &&
      (t.VmTypeName ?? '').includes(family),
  )
  if (types.error) return <ErrorPanel error={types.error} onRetry={() => void types.refetch()} />
  return (
    <div className="flex flex-col gap-2 text-sm">
      <div className="flex gap-3">
        <label className="flex items-center gap-1">
          Name contains
          <input
            className="input w-32"
            value={family}
            onChange={(e) => setFamily(e.target.value)}
            placeholder="tinav6"
          />
        </label>
        <label className="flex items-center gap-1">
          Min. vCPU
          <input
            className="input w-20"
            type="number"
            min={0}
            value={minCpu}
            onChange={(e) => setMinCpu(Number(e.target.value) || 0)}
          />
        </label>
        <label className="flex items-center gap-1">
          Min. memory (GiB)
          <input
            className="input w-20"
            type="number"
            min={0}
            value={minMemory}
            onChange={(e) => setMinMemory(Number(e.target.value) || 0)}
          />
        </label>
      </div>
      <label className="flex flex-col gap-1">
        VM type
        <select className="input" value={value} onChange={(e) => onChange(e.target.value)} size={6}>
          {!list.some((t) => t.VmTypeName === value) && <option value={value}>{value}</option>}
          {list.map((t) => (
            <option key={t.VmTypeName} value={t.VmTypeName}>
              {t.VmTypeName} — {t.VcoreCount} vCPU, {t.MemorySize} GiB{t.Gpu ? `, ${t.Gpu} GPU` : ''}
            </option>
          ))}
        </select>
      </label>
    </div>
  )
}

export function KeypairPicker({
  account,
  value,
  onChange,
}: {
  account: string
  value: string
  onChange: (name: string) => void
}) {
  const can = useCan()
  const keypairs = useQuery(oscQueryAll(account, 'ReadKeypairs', {}))
  const [newName, setNewName] = useState('')
  const [downloaded, setDownloaded] = useState<string | undefined>()
  const create = useOscMutation(account, 'CreateKeypair', {
    success: false,
    onSuccess: (data) => {
      const name = data.Keypair?.KeypairName ?? newName
      // The private key exists only in this answer: hand it to the person once, keep no copy.
      if (data.Keypair?.PrivateKey)
        downloadText(`${name}.pem`, data.Keypair.PrivateKey, 'application/x-pem-file')
      setDownloaded(name)
      setNewName('')
      onChange(name)
    },
  })
  const validName = /^[\x20-\x7E]{1,255}$/.test(newName.trim())
  return (
    <div className="flex flex-col gap-2 text-sm">
      <label className="flex flex-col gap-1">
        Keypair
        <select className="input" value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">No keypair</option>
          {(keypairs.data?.Keypairs ?? []).map((k) => (
            <option key={k.KeypairName} value={k.KeypairName}>
              {k.KeypairName}
            </option>
          ))}
        </select>
      </label>
      <div className="flex items-end gap-2">
        <label className="flex flex-1 flex-col gap-1">
          Or create a keypair
          <input
            className="input"
            value={newName}
            onChange={(e) => setNewName(e.target.value)}
            placeholder="my-laptop"
          />
        </label>
        <ActionButton
          check={
            !can('CreateKeypair').allowed
              ? can('CreateKeypair')
              : validName
                ? { allowed: true }
                : { allowed: false, reason: 'Type a name for the new keypair.' }
          }
          busy={create.isPending}
          onClick={() => create.mutate({ KeypairName: newName.trim() })}
        >
          Create keypair
        </ActionButton>
      </div>
      {downloaded && (
        <p role="status" className="text-green-800 dark:text-green-300">
          Keypair “{downloaded}” created; its private key was downloaded as {downloaded}.pem. The console
          keeps no copy: store it safely.
        </p>
      )}
      {create.error && <ErrorPanel error={create.error} />}
    </div>
  )
}

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

const volumeTypes: Array<ExtraVolume['type']> = ['standard', 'gp2', 'io1']

export function VolumesSection({
  form,
  update,
  problems,
}: {
  form: CreateVmForm
  update: (changes: Partial<CreateVmForm>) => void
  problems: Record<string, string>
}) {
  const setVolume = (index: number, changes: Partial<ExtraVolume>) =>
    update({ volumes: form.volumes.map((v, i) => (i === index ? { ...v, ...changes } : v)) })
  return (
    <div className="flex flex-col gap-2 text-sm">
      <div className="flex gap-3">
        <label className="flex items-center gap-1">
          Root volume size (GiB)
          <input
            className="input w-24"
            type="number"
            min={1}
            value={form.rootSizeGiB}
            onChange={(e) => update({ rootSizeGiB: Number(e.target.value) })}
          />
        </label>
        <label className="flex items-center gap-1">
          Root volume type
          <select
            className="input w-32"
            value={form.rootType}
            onChange={(e) => update({ rootType: e.target.value as ExtraVolume['type'] })}
          >
            {volumeTypes.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
        </label>
      </div>
      <Problem text={problems.rootSizeGiB} />
      {form.volumes.map((volume, index) => (
        <div key={index} className="flex items-center gap-3">
          <span className="w-24">Volume {index + 1}</span>
          <label className="flex items-center gap-1">
            Size (GiB)
            <input
              className="input w-24"
              type="number"
              min={1}
              value={volume.sizeGiB}
              onChange={(e) => setVolume(index, { sizeGiB: Number(e.target.value) })}
            />
          </label>
          <label className="flex items-center gap-1">
            Type
            <select
              className="input w-32"
              value={volume.type}
              onChange={(e) => setVolume(index, { type: e.target.value as ExtraVolume['type'] })}
            >
              {volumeTypes.map((t) => (
                <option key={t}>{t}</option>
              ))}
            </select>
          </label>
          {volume.type === 'io1' && (
            <label className="flex items-center gap-1">
              IOPS
              <input
                className="input w-24"
                type="number"
                min={100}
                value={volume.iops ?? 100}
                onChange={(e) => setVolume(index, { iops: Number(e.target.value) })}
              />
            </label>
          )}
          <button
            type="button"
            className="btn"
            onClick={() => update({ volumes: form.volumes.filter((_, i) => i !== index) })}
          >
            Remove volume {index + 1}
          </button>
          <Problem text={problems[`volumes.${index}`]} />
        </div>
      ))}
      <div>
        <button
          type="button"
          className="btn"
          onClick={() => update({ volumes: [...form.volumes, { sizeGiB: 10, type: 'gp2' }] })}
        >
          Add volume
        </button>
      </div>
    </div>
  )
}

export function TagsSection({
  tags,
  onChange,
  problem,
}: {
  tags: ResourceTag[]
  onChange: (tags: ResourceTag[]) => void
  problem?: string
}) {
  const set = (index: number, changes: Partial<ResourceTag>) =>
    onChange(tags.map((t, i) => (i === index ? { ...t, ...changes } : t)))
  return (
    <div className="flex flex-col gap-2 text-sm">
      {tags.map((tag, index) => (
        <div key={index} className="flex gap-2">
          <input
            className="input"
            aria-label={`Tag key ${index + 1}`}
            placeholder="key"
            value={tag.Key}
            onChange={(e) => set(index, { Key: e.target.value })}
          />
          <input
            className="input"
            aria-label={`Tag value ${index + 1}`}
            placeholder="value"
            value={tag.Value ?? ''}
            onChange={(e) => set(index, { Value: e.target.value })}
          />
          <button type="button" className="btn" onClick={() => onChange(tags.filter((_, i) => i !== index))}>
            Remove tag {index + 1}
          </button>
        </div>
      ))}
      <div>
        <button type="button" className="btn" onClick={() => onChange([...tags, { Key: '', Value: '' }])}>
          Add tag
        </button>
      </div>
      <Problem text={problem} />
    </div>
  )
}
