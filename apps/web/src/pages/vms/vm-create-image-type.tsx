// Create-VM sections that pick what the VM runs: an image among the account's available ones, and a VM type.
import { useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import { oscQueryAll } from '@osc-console/data'
import { ErrorPanel } from '../../ui/ErrorPanel.tsx'
import { Skeleton } from '../../ui/Skeleton.tsx'
import { Problem } from './vm-create-problem.tsx'

const MAX_LISTED = 50

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
