// The VM page's public-IP card: the VM's address (with a link to it when it is one the account allocated) and
// "Attach a public IP", so a person does not leave the VM to give it one.
import { Suspense, lazy, useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import type { Vm } from '@osc-console/osc-api'
import { useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { ActionButton, allOf } from '../../ui/ActionButton.tsx'
import { listQuery } from '../../kit/queries.ts'
import { itemsOf } from '../../kit/descriptor.ts'
import { publicIpResource } from '../../kit/registry.ts'
import { ResourceId } from '../../kit/ResourceId.tsx'
import { attachableVm } from './vm-attach.ts'

const AttachDialog = lazy(() =>
  import('./PublicIpAttachDialog.tsx').then((m) => ({ default: m.PublicIpAttachDialog })),
)

export function VmPublicIp({ vm, account }: { vm: Vm; account: string }) {
  const t = useT()
  const can = useCan()
  const [open, setOpen] = useState(false)
  const readable = can('ReadPublicIps').allowed
  const ips = useQuery({ ...listQuery(publicIpResource, account), enabled: readable })
  const mine = itemsOf(publicIpResource, ips.data).find((ip) => ip.VmId && ip.VmId === vm.VmId)
  return (
    <section className="card p-4" aria-labelledby="vm-public-ip">
      <h2 id="vm-public-ip" className="mb-2 text-sm font-semibold">
        {t('publicIps.vm.heading')}
      </h2>
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <p>
          {vm.PublicIp ? (
            <>
              <span className="font-mono">{vm.PublicIp}</span>{' '}
              {mine?.PublicIpId ? (
                <>
                  {t('publicIps.vm.allocated')} <ResourceId account={account} id={mine.PublicIpId} />
                </>
              ) : (
                <span className="muted">{t('publicIps.vm.automatic')}</span>
              )}
            </>
          ) : (
            <span className="muted">{t('publicIps.vm.none')}</span>
          )}
        </p>
        <ActionButton
          check={allOf(
            can('LinkPublicIp'),
            attachableVm(vm) ? { allowed: true } : { allowed: false, reason: t('publicIps.vm.notReady') },
          )}
          onClick={() => setOpen(true)}
        >
          {t('publicIps.attach.toVmTitle')}
        </ActionButton>
      </div>
      {open && (
        <Suspense fallback={null}>
          <AttachDialog account={account} vm={vm} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </section>
  )
}
