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

export interface VmDetailSearch {
  tab?: VmTab
  dialog?: VmDialog
}

export function parseVmDetailSearch(raw: Record<string, unknown>): VmDetailSearch {
  const search: VmDetailSearch = {}
  const tab = vmTabs.find((t) => t === raw.tab)
  if (tab && tab !== 'overview') search.tab = tab
  const dialog = vmDialogs.find((d) => d === raw.dialog)
  if (dialog) search.dialog = dialog
  return search
}
