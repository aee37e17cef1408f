// Edit a VM's tags: the changes become one CreateTags (new and changed values) and one DeleteTags (removed keys).
import { useState } from 'react'
import type { ResourceTag, Vm } from '@osc-console/osc-api'
import { useOscMutation } from '@osc-console/data'
import { ErrorPanel } from '../../ui/ErrorPanel.tsx'
import { ActionButton, allOf } from '../../ui/ActionButton.tsx'
import { CommandPreview } from '../../ui/CommandPreview.tsx'
import { useCan } from '../../app/account.ts'

export interface TagChanges {
  upsert: ResourceTag[]
  remove: ResourceTag[]
}

export function diffTags(before: ResourceTag[], after: ResourceTag[]): TagChanges {
  const old = new Map(before.map((t) => [t.Key, t.Value ?? '']))
  const next = new Map(after.filter((t) => t.Key.trim()).map((t) => [t.Key.trim(), t.Value ?? '']))
  return {
    upsert: [...next].filter(([k, v]) => old.get(k) !== v).map(([Key, Value]) => ({ Key, Value })),
    remove: [...old].filter(([k]) => !next.has(k)).map(([Key, Value]) => ({ Key, Value })),
  }
}

export function VmTagsEditor({ vm, account }: { vm: Vm; account: string }) {
  const can = useCan()
  const original = vm.Tags ?? []
  const [rows, setRows] = useState<ResourceTag[]>(original)
  const create = useOscMutation(account, 'CreateTags', { success: false })
  const remove = useOscMutation(account, 'DeleteTags', { success: 'Tags saved' })
  const changes = diffTags(original, rows)
  const keys = rows.map((r) => r.Key.trim()).filter(Boolean)
  const duplicate = keys.find((k, i) => keys.indexOf(k) !== i)
  const ids = [vm.VmId ?? '']
  const save = async () => {
    if (changes.upsert.length) await create.mutateAsync({ ResourceIds: ids, Tags: changes.upsert })
    if (changes.remove.length) await remove.mutateAsync({ ResourceIds: ids, Tags: changes.remove })
    else if (changes.upsert.length) remove.reset()
  }
  const nothing = !changes.upsert.length && !changes.remove.length
  return (
    <div className="card flex flex-col gap-2 p-4 text-sm">
      <table aria-label="Tags" className="w-full">
        <thead>
          <tr className="text-left text-xs muted">
            <th scope="col" className="w-1/3">
              Key
            </th>
            <th scope="col">Value</th>
            <th scope="col" className="w-24">
              <span className="sr-only">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index}>
              <td className="py-1 pr-2">
                <input
                  className="input"
                  aria-label={`Tag key ${index + 1}`}
                  value={row.Key}
                  maxLength={255}
                  onChange={(e) =>
                    setRows((old) => old.map((r, i) => (i === index ? { ...r, Key: e.target.value } : r)))
                  }
                />
              </td>
              <td className="py-1 pr-2">
                <input
                  className="input"
                  aria-label={`Tag value ${index + 1}`}
                  value={row.Value ?? ''}
                  maxLength={255}
                  onChange={(e) =>
                    setRows((old) => old.map((r, i) => (i === index ? { ...r, Value: e.target.value } : r)))
                  }
                />
              </td>
              <td>
                <button
                  type="button"
                  className="btn"
                  aria-label={`Remove tag ${row.Key || index + 1}`}
                  onClick={() => setRows((old) => old.filter((_, i) => i !== index))}
                >
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="flex gap-2">
        <button
          type="button"
          className="btn"
          onClick={() => setRows((old) => [...old, { Key: '', Value: '' }])}
        >
          Add tag
        </button>
        <div className="flex-1" />
        <button type="button" className="btn" onClick={() => setRows(original)} disabled={nothing}>
          Undo changes
        </button>
        <ActionButton
          check={allOf(
            can('CreateTags'),
            changes.remove.length ? can('DeleteTags') : { allowed: true },
            duplicate
              ? { allowed: false, reason: `The key “${duplicate}” is used twice.` }
              : { allowed: true },
            nothing ? { allowed: false, reason: 'Nothing has changed.' } : { allowed: true },
          )}
          busy={create.isPending || remove.isPending}
          variant="primary"
          onClick={() => void save().catch(() => undefined)}
        >
          Save tags
        </ActionButton>
      </div>
      {(create.error ?? remove.error) && <ErrorPanel error={create.error ?? remove.error} />}
      {changes.upsert.length > 0 && (
        <CommandPreview action="CreateTags" params={{ ResourceIds: ids, Tags: changes.upsert }} />
      )}
      {changes.remove.length > 0 && (
        <CommandPreview action="DeleteTags" params={{ ResourceIds: ids, Tags: changes.remove }} />
      )}
    </div>
  )
}
