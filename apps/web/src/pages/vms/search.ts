import { detailSearchParser } from '../../kit/detail-search.ts'
import { urlText as text } from '../../lib/url-text.ts'

export const vmTabs = [
  'overview',
  'network',
  'storage',
  'tags',
  'console',
  'connect',
  'password',
  'audit',
] as const
export type VmTab = (typeof vmTabs)[number]

/** Dialogs a link may open (from the command palette). A link only opens the confirmation, never acts. */
export const vmDialogs = ['stop', 'force-stop', 'reboot', 'terminate', 'edit'] as const
export type VmDialog = (typeof vmDialogs)[number]

export const parseVmDetailSearch = detailSearchParser(vmTabs, vmDialogs)

/** The create form opened from an image's page: that image chosen. */
export interface VmCreateSearch {
  imageId?: string
}

export function parseVmCreateSearch(raw: Record<string, unknown>): VmCreateSearch {
  const imageId = text(raw.imageId, /^ami-[0-9a-f]{8,}$/)
  return imageId ? { imageId } : {}
}
