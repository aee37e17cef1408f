import { detailSearchParser } from '../../kit/detail-search.ts'

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
