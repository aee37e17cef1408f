// Tags on any resource by id (CreateTags, DeleteTags, ReadTags). Every Read filters on them through filters.ts.
import type { Tag } from '@osc-console/osc-api'
import type { HandlerMap } from '../context.ts'
import { oscError } from '../errors.ts'
import { readList } from '../filters.ts'
import type { RegisteredResource } from '../state.ts'

const MAX_TAGS = 50

function lookup(registry: Map<string, RegisteredResource>, id: string): RegisteredResource {
  const entry = registry.get(id)
  if (!entry) throw oscError('noSuchResource', `The resource ${id} does not exist in this account.`)
  return entry
}

export const handlers: HandlerMap = {
  CreateTags: (req, ctx) => {
    const entries = req.ResourceIds.map((id) => lookup(ctx.account.registry, id))
    for (const t of req.Tags) {
      if (t.Key.length < 1 || t.Key.length > 255 || t.Key.startsWith('osc:') || t.Key.startsWith('aws:')) {
        throw oscError(
          'invalidTagKey',
          `Tag key "${t.Key}" must be 1–255 characters and not start with osc: or aws:.`,
        )
      }
      if (t.Value.length > 255)
        throw oscError('invalidParameterValue', `The value of tag "${t.Key}" is longer than 255 characters.`)
    }
    for (const e of entries) {
      const tags = (e.obj.Tags ??= [])
      const keys = new Set([...tags.map((t) => t.Key), ...req.Tags.map((t) => t.Key)])
      if (keys.size > MAX_TAGS) throw oscError('tooManyTags', `A resource holds at most ${MAX_TAGS} tags.`)
    }
    req.ResourceIds.forEach((id, i) => {
      const tags = (entries[i]!.obj.Tags ??= [])
      for (const t of req.Tags) {
        const existing = tags.find((x) => x.Key === t.Key)
        if (existing) existing.Value = t.Value
        else tags.push({ Key: t.Key, Value: t.Value })
      }
      ctx.account.refreshSentinel(id)
    })
    return {}
  },
  DeleteTags: (req, ctx) => {
    const entries = req.ResourceIds.map((id) => lookup(ctx.account.registry, id))
    req.ResourceIds.forEach((id, i) => {
      const obj = entries[i]!.obj
      // A tag given with an empty value removes the key whatever its value; with a value, only that pair.
      obj.Tags = (obj.Tags ?? []).filter(
        (t) => !req.Tags.some((d) => d.Key === t.Key && (d.Value === '' || d.Value === t.Value)),
      )
      ctx.account.refreshSentinel(id)
    })
    return {}
  },
  ReadTags: (req, ctx) => {
    const all: Tag[] = []
    for (const [id, e] of ctx.account.registry) {
      for (const t of e.obj.Tags ?? [])
        all.push({ ResourceId: id, ResourceType: e.type, Key: t.Key, Value: t.Value })
    }
    const { page, nextPageToken } = readList(all, req, {
      Keys: 'Key',
      Values: 'Value',
      ResourceTypes: 'ResourceType',
    })
    return { Tags: page, ...(nextPageToken ? { NextPageToken: nextPageToken } : {}) }
  },
}
