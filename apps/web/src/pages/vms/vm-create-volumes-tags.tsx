// Create-VM sections typed in rather than picked: the root and extra volumes, and the tags.
import type { ResourceTag } from '@osc-console/osc-api'
import type { CreateVmForm, ExtraVolume } from './vm-create-form.ts'
import { Problem } from './vm-create-problem.tsx'

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
