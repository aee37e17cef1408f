// Most OUTSCALE resources have no name of their own: a create form's "Name" becomes a Name tag, set by a second
// call once the resource exists. The resource is made either way; a refused name shows as an error toast with its
// RequestId, and the person can set it again from the Tags tab.
import { useOscMutation } from '@osc-console/data'
import type { CreateTagsRequest } from '@osc-console/osc-api'
import { text, type Text } from '../i18n/text.ts'

export function nameTagRequest(id: string, name: string): CreateTagsRequest {
  return { ResourceIds: [id], Tags: [{ Key: 'Name', Value: name.trim() }] }
}

/** The tag call as "Show as command" lists it, before the resource (and its id) exists; none without a name. */
export function nameTagCommands(name: string, placeholderId: string) {
  return name.trim() ? [{ action: 'CreateTags', params: nameTagRequest(placeholderId, name) }] : []
}

/** A Name tag's value: at most 255 characters. */
export function nameTagProblem(name: string): Text | undefined {
  return name.trim().length > 255 ? text('forms.nameTag.length') : undefined
}

/** Tags a new resource with its name; resolves even when the tag is refused (the toast says so). */
export function useNameTag(account: string) {
  const tag = useOscMutation(account, 'CreateTags', { success: false, toastErrors: true })
  return async (id: string, name: string) => {
    if (!id || !name.trim()) return
    await tag.mutateAsync(nameTagRequest(id, name)).catch(() => undefined)
  }
}
