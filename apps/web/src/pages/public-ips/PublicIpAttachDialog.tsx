// Attach a public IP: from the address's page, to a VM or a NIC of the account; from a VM's page, one of the idle
// addresses to that VM. A VM that is still pending or is going away cannot take one, and an address already
// attached is not offered (OUTSCALE would move it away from what uses it).
import { useForm, useWatch } from 'react-hook-form'
import { useQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { oscQueryAll, useOscMutation } from '@osc-console/data'
import type { LinkPublicIpRequest, Nic, PublicIp, Vm } from '@osc-console/osc-api'
import { useCan } from '../../app/account.ts'
import { useT, text, type Text } from '../../i18n/text.ts'
import { FormShell } from '../../forms/FormShell.tsx'
import { SideDialog } from '../../forms/SideDialog.tsx'
import { checksResolver } from '../../forms/field-errors.ts'
import { RadioGroupField, SelectField } from '../../forms/fields.tsx'
import { dryRun, step } from '../../forms/steps.ts'
import { listQuery } from '../../kit/queries.ts'
import { itemsOf, labelOf } from '../../kit/descriptor.ts'
import { publicIpResource, readersChangedBy, vmResource } from '../../kit/registry.ts'
import { paths } from '../../paths.ts'
import { isIdle } from './public-ip-rules.ts'
import { attachableVm } from './vm-attach.ts'

export interface AttachForm {
  target: 'vm' | 'nic'
  vmId: string
  nicId: string
  publicIpId: string
}

const attachableNic = (nic: Nic) => !nic.LinkPublicIp?.PublicIp

export function attachRequest(v: AttachForm): LinkPublicIpRequest {
  return v.target === 'vm'
    ? { PublicIpId: v.publicIpId, VmId: v.vmId }
    : { PublicIpId: v.publicIpId, NicId: v.nicId }
}

export function attachProblems(v: AttachForm): Partial<Record<keyof AttachForm, Text | undefined>> {
  return {
    publicIpId: v.publicIpId ? undefined : text('publicIps.attach.chooseAddress'),
    vmId: v.target === 'vm' && !v.vmId ? text('publicIps.attach.chooseVm') : undefined,
    nicId: v.target === 'nic' && !v.nicId ? text('publicIps.attach.chooseNic') : undefined,
  }
}

export interface PublicIpAttachDialogProps {
  account: string
  onClose: () => void
  /** The address to attach (from its page)… */
  ip?: PublicIp
  /** …or the VM to attach one to (from the VM's page). */
  vm?: Vm
}

export function PublicIpAttachDialog({ account, onClose, ip, vm }: PublicIpAttachDialogProps) {
  const t = useT()
  const allowed = useCan()('LinkPublicIp')
  const vms = useQuery({ ...listQuery(vmResource, account), enabled: !vm })
  const nics = useQuery({ ...oscQueryAll(account, 'ReadNics', {}), enabled: !vm })
  const ips = useQuery({ ...listQuery(publicIpResource, account), enabled: !ip })
  const link = useOscMutation(account, 'LinkPublicIp', {
    success: t('publicIps.attach.done'),
    alsoInvalidates: readersChangedBy('LinkPublicIp'),
  })
  const form = useForm<AttachForm>({
    defaultValues: { target: 'vm', vmId: vm?.VmId ?? '', nicId: '', publicIpId: ip?.PublicIpId ?? '' },
    resolver: checksResolver<AttachForm>(attachProblems, t),
  })
  const values = useWatch({ control: form.control }) as AttachForm
  const idle = itemsOf(publicIpResource, ips.data).filter(isIdle)
  const title = vm
    ? t('publicIps.attach.toVmTitle')
    : t('publicIps.attach.title', { address: ip?.PublicIp ?? '' })
  return (
    <SideDialog title={title} closeLabel={t('publicIps.close')} onClose={onClose}>
      {!allowed.allowed ? (
        <p className="text-sm">
          {t('publicIps.attach.notAllowed')} <span className="muted">{allowed.reason}</span>
        </p>
      ) : (
        <FormShell
          form={form}
          label={title}
          fields={{ PublicIpId: 'publicIpId', VmId: 'vmId', NicId: 'nicId' }}
          commands={[{ action: 'LinkPublicIp', params: attachRequest(values) }]}
          check={allowed}
          dryRun={(v) => dryRun(account, 'LinkPublicIp', attachRequest(v))}
          onSubmit={async (v) => {
            await step(t('publicIps.attach.failed'), () => link.mutateAsync(attachRequest(v)))
            onClose()
          }}
          submitLabel={t('publicIps.attach.submit')}
          actions={
            <button type="button" className="btn" onClick={onClose}>
              {t('publicIps.cancel')}
            </button>
          }
        >
          {vm ? (
            <>
              <p className="muted">{t('publicIps.attach.toVmIntro', { vm: labelOf(vmResource, vm) })}</p>
              {vm.PublicIp && (
                <p className="text-sm">{t('publicIps.attach.replaces', { address: vm.PublicIp })}</p>
              )}
              {ips.isSuccess && idle.length === 0 ? (
                <p className="text-sm">
                  {t('publicIps.attach.noIdle')}{' '}
                  <Link
                    {...paths.section({ account, section: 'public-ips' })}
                    className="text-blue-700 hover:underline dark:text-blue-300"
                  >
                    {t('publicIps.attach.allocateFirst')}
                  </Link>
                </p>
              ) : (
                <SelectField
                  control={form.control}
                  name="publicIpId"
                  label={t('publicIps.attach.address')}
                  hint={t('publicIps.attach.address.hint')}
                  empty={t('publicIps.attach.choose')}
                  options={idle.map((x) => ({
                    value: x.PublicIpId ?? '',
                    label:
                      labelOf(publicIpResource, x) === x.PublicIp
                        ? (x.PublicIp ?? '')
                        : `${labelOf(publicIpResource, x)} (${x.PublicIp ?? ''})`,
                  }))}
                />
              )}
            </>
          ) : (
            <>
              <p className="muted">{t('publicIps.attach.intro')}</p>
              <RadioGroupField
                control={form.control}
                name="target"
                label={t('publicIps.attach.target')}
                row
                options={[
                  { value: 'vm', label: t('publicIps.attach.target.vm') },
                  { value: 'nic', label: t('publicIps.attach.target.nic') },
                ]}
              />
              {values.target === 'vm' ? (
                <SelectField
                  control={form.control}
                  name="vmId"
                  label={t('publicIps.attach.vm')}
                  hint={t('publicIps.attach.vm.hint')}
                  empty={t('publicIps.attach.choose')}
                  options={itemsOf(vmResource, vms.data)
                    .filter(attachableVm)
                    .map((x) => ({
                      value: x.VmId ?? '',
                      label: t('publicIps.attach.vmOption', {
                        name: labelOf(vmResource, x),
                        id: x.VmId ?? '',
                        state: x.State ?? '',
                      }),
                    }))}
                />
              ) : (
                <SelectField
                  control={form.control}
                  name="nicId"
                  label={t('publicIps.attach.nic')}
                  hint={t('publicIps.attach.nic.hint')}
                  empty={t('publicIps.attach.choose')}
                  options={(nics.data?.Nics ?? []).filter(attachableNic).map((x) => ({
                    value: x.NicId ?? '',
                    label: t('publicIps.attach.nicOption', {
                      id: x.NicId ?? '',
                      ip: x.PrivateIps?.[0]?.PrivateIp ?? '',
                      vm: x.LinkNic?.VmId ?? '—',
                    }),
                  }))}
                />
              )}
            </>
          )}
        </FormShell>
      )}
    </SideDialog>
  )
}
