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

export interface VmDetailSearch {
  tab?: VmTab
}

export function parseVmDetailSearch(raw: Record<string, unknown>): VmDetailSearch {
  const tab = vmTabs.find((t) => t === raw.tab)
  return tab && tab !== 'overview' ? { tab } : {}
}
