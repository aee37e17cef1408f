// Edit any resource's tags: the changes become one CreateTags (new and changed values) and one DeleteTags
// (removed keys), or the family's own tag calls (CreateLoadBalancerTags…) when it has them.
import { useState } from 'react'
import type { Request, ResourceTag } from '@osc-console/osc-api'
import { resourceTagCalls, type TagCalls } from './descriptor.ts'
import { useOscMutation } from '@osc-console/data'
import { ErrorPanel } from '../ui/ErrorPanel.tsx'
import { ActionButton, allOf, allowed } from '../ui/ActionButton.tsx'
import { CommandPreview } from '../ui/CommandPreview.tsx'
import { useAccountId, useCan } from '../app/account.ts'
import { text, useT } from '../i18n/text.ts'
import type { TagLike } from '../table/search.ts'

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

export function TagsEditor({
  resourceId,
  tags,
  calls = resourceTagCalls,
}: {
  resourceId: string
  tags: TagLike[] | undefined
  calls?: TagCalls
}) {
  const account = useAccountId()
  const can = useCan()
  const t = useT()
  const original: ResourceTag[] = (tags ?? []).map((tag) => ({ Key: tag.Key ?? '', Value: tag.Value ?? '' }))
  const [rows, setRows] = useState<ResourceTag[]>(original)
  const changes = diffTags(original, rows)
  // One "Tags saved" once the last of the two calls is done.
  // The family's calls; typed as CreateTags/DeleteTags, whose requests `calls.params` builds for the others.
  const create = useOscMutation(account, calls.create as 'CreateTags', {
    success: changes.remove.length ? false : t('kit.tags.saved'),
  })
  const remove = useOscMutation(account, calls.remove as 'DeleteTags', { success: t('kit.tags.saved') })
  const keys = rows.map((r) => r.Key.trim()).filter(Boolean)
  const duplicate = keys.find((k, i) => keys.indexOf(k) !== i)
  const upsertParams = calls.params(resourceId, changes.upsert, false)
  const removeParams = calls.params(resourceId, changes.remove, true)
  const save = async () => {
    if (changes.upsert.length) await create.mutateAsync(upsertParams as Request<'CreateTags'>)
    if (changes.remove.length) await remove.mutateAsync(removeParams as Request<'DeleteTags'>)
    else if (changes.upsert.length) remove.reset()
  }
  const nothing = !changes.upsert.length && !changes.remove.length
  return (
    <div className="card flex flex-col gap-2 p-4 text-sm">
      <table aria-label={t('kit.tab.tags')} className="w-full">
        <thead>
          <tr className="text-left text-xs muted">
            <th scope="col" className="w-1/3">
              {t('kit.tags.key')}
            </th>
            <th scope="col">{t('kit.tags.value')}</th>
            <th scope="col" className="w-24">
              <span className="sr-only">{t('kit.tags.remove')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index}>
              <td className="py-1 pr-2">
                <input
                  className="input"
                  aria-label={t('kit.tags.keyN', { n: index + 1 })}
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
                  aria-label={t('kit.tags.valueN', { n: index + 1 })}
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
                  aria-label={t('kit.tags.removeOne', { key: row.Key || index + 1 })}
                  onClick={() => setRows((old) => old.filter((_, i) => i !== index))}
                >
                  {t('kit.tags.remove')}
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
          {t('kit.tags.add')}
        </button>
        <div className="flex-1" />
        <button type="button" className="btn" onClick={() => setRows(original)} disabled={nothing}>
          {t('kit.tags.undo')}
        </button>
        <ActionButton
          check={allOf(
            can(calls.create),
            changes.remove.length ? can(calls.remove) : allowed,
            duplicate ? { allowed: false, reason: text('kit.tags.duplicate', { key: duplicate }) } : allowed,
            nothing ? { allowed: false, reason: text('kit.tags.unchanged') } : allowed,
          )}
          busy={create.isPending || remove.isPending}
          variant="primary"
          onClick={() => void save().catch(() => undefined)}
        >
          {t('kit.tags.save')}
        </ActionButton>
      </div>
      {(create.error ?? remove.error) && <ErrorPanel error={create.error ?? remove.error} />}
      {changes.upsert.length > 0 && <CommandPreview action={calls.create} params={upsertParams} />}
      {changes.remove.length > 0 && <CommandPreview action={calls.remove} params={removeParams} />}
    </div>
  )
}
