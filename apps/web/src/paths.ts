// One place that knows the URL of every page, as typed { to, params } pairs for <Link {...paths.vm(…)} />.
export const paths = {
  home: ({ account }: { account: string }) => ({ to: '/$account' as const, params: { account } }),
  vms: ({ account }: { account: string }) => ({ to: '/$account/vms' as const, params: { account } }),
  newVm: ({ account }: { account: string }) => ({ to: '/$account/vms/new' as const, params: { account } }),
  vm: ({ account, vmId }: { account: string; vmId: string }) => ({
    to: '/$account/vms/$vmId' as const,
    params: { account, vmId },
  }),
  section: ({ account, section }: { account: string; section: string }) => ({
    to: '/$account/$section' as const,
    params: { account, section },
  }),
  explorer: ({ account }: { account: string }) => ({
    to: '/$account/explorer' as const,
    params: { account },
  }),
  explorerCall: ({ account, action }: { account: string; action: string }) => ({
    to: '/$account/explorer/$action' as const,
    params: { account, action },
  }),
  resource: ({ account, section, id }: { account: string; section: string; id: string }) => ({
    to: '/$account/$section/$id' as const,
    params: { account, section, id },
  }),
}
