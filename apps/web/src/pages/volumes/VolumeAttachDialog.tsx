// Attach a volume to a VM with a device name the VM has free (/dev/xvdb…). Opened from a volume's page (choose the
// VM, in the volume's Subregion) or from a VM's storage tab (choose an available volume of the VM's Subregion).
import { useEffect } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { useQuery } from '@tanstack/react-query'
import { useOscMutation } from '@osc-console/data'
import type { Vm, Volume } from '@osc-console/osc-api'
import { useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { FormShell } from '../../forms/FormShell.tsx'
import { SideDialog } from '../../forms/SideDialog.tsx'
import { checksResolver } from '../../forms/field-errors.ts'
import { SelectField } from '../../forms/fields.tsx'
import { dryRun, step } from '../../forms/steps.ts'
import { listQuery } from '../../kit/queries.ts'
import { itemsOf, labelOf } from '../../kit/descriptor.ts'
import { readersChangedBy, vmResource, volumeResource } from '../../kit/registry.ts'
import {
  attachProblems,
  attachRequest,
  canHostVolume,
  freeDeviceNames,
  type AttachForm,
} from './volume-forms.ts'

export type VolumeAttachDialogProps = { account: string; onClose: () => void } & (
  { volume: Volume; vm?: undefined } | { vm: Vm; volume?: undefined }
)

export function VolumeAttachDialog({ account, onClose, volume, vm }: VolumeAttachDialogProps) {
  const t = useT()
  const can = useCan()
  const vms = useQuery({ ...listQuery(vmResource, account), enabled: !vm })
  const volumes = useQuery({ ...listQuery(volumeResource, account), enabled: !volume })
  const link = useOscMutation(account, 'LinkVolume', {
    success: (_, params) =>
      t('volumes.attach.done', { volume: params.VolumeId, vm: params.VmId, device: params.DeviceName }),
    alsoInvalidates: readersChangedBy('LinkVolume'),
  })
  const vmChoices: Vm[] = vm
    ? [vm]
    : itemsOf(vmResource, vms.data).filter((candidate) => canHostVolume(candidate, volume?.SubregionName))
  const volumeChoices: Volume[] = volume
    ? [volume]
    : itemsOf(volumeResource, volumes.data).filter(
        (v) => v.State === 'available' && v.SubregionName === vm?.Placement?.SubregionName,
      )
  const form = useForm<AttachForm>({
    defaultValues: { vmId: vm?.VmId ?? '', volumeId: volume?.VolumeId ?? '', device: '' },
    resolver: checksResolver<AttachForm>(
      (v) =>
        attachProblems(
          v,
          vmChoices.find((c) => c.VmId === v.vmId),
        ),
      t,
    ),
  })
  const values = useWatch({ control: form.control }) as AttachForm
  const chosenVm = vmChoices.find((c) => c.VmId === values.vmId)
  const devices = freeDeviceNames(chosenVm)
  const firstDevice = chosenVm ? (devices[0] ?? '') : ''
  // The first free device is proposed for the chosen VM, and proposed again when the person picks another VM.
  useEffect(() => {
    if (!devices.includes(form.getValues('device'))) form.setValue('device', firstDevice)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `devices` is derived from the VM chosen
  }, [values.vmId, firstDevice, form])
  const allowed = can('LinkVolume')
  const title = t('volumes.attach.title')
  return (
    <SideDialog title={title} closeLabel={t('volumes.close')} onClose={onClose}>
      {!allowed.allowed ? (
        <p className="text-sm">
          {t('volumes.attach.notAllowed')} <span className="muted">{allowed.reason}</span>
        </p>
      ) : (
        <FormShell
          form={form}
          label={title}
          fields={{ VmId: 'vmId', VolumeId: 'volumeId', DeviceName: 'device' }}
          commands={[{ action: 'LinkVolume', params: attachRequest(values) }]}
          check={allowed}
          dryRun={(v) => dryRun(account, 'LinkVolume', attachRequest(v))}
          onSubmit={async (v) => {
            await step(t('volumes.attach.failed'), () => link.mutateAsync(attachRequest(v)))
            onClose()
          }}
          submitLabel={t('volumes.attach.submit')}
          actions={
            <button type="button" className="btn" onClick={onClose}>
              {t('volumes.cancel')}
            </button>
          }
        >
          {volume ? (
            <>
              <p>
                {t('volumes.attach.volumeIntro', {
                  volume: labelOf(volumeResource, volume),
                  subregion: volume.SubregionName ?? '',
                })}
              </p>
              <SelectField
                control={form.control}
                name="vmId"
                label={t('volumes.attach.vm')}
                hint={t('volumes.attach.vm.hint')}
                empty={t('volumes.attach.chooseVm')}
                options={vmChoices.map((c) => ({
                  value: c.VmId ?? '',
                  label: t('volumes.attach.vmOption', {
                    name: labelOf(vmResource, c),
                    id: c.VmId ?? '',
                    state: c.State ?? '',
                  }),
                }))}
              />
            </>
          ) : (
            <>
              <p>
                {t('volumes.attach.vmIntro', {
                  vm: vm ? labelOf(vmResource, vm) : '',
                  subregion: vm?.Placement?.SubregionName ?? '',
                })}
              </p>
              <SelectField
                control={form.control}
                name="volumeId"
                label={t('volumes.attach.volume')}
                hint={
                  volumeChoices.length === 0 && !volumes.isPending
                    ? t('volumes.attach.noVolume')
                    : t('volumes.attach.volume.hint')
                }
                empty={t('volumes.attach.chooseVolume')}
                options={volumeChoices.map((v) => ({
                  value: v.VolumeId ?? '',
                  label: t('volumes.attach.volumeOption', {
                    name: labelOf(volumeResource, v),
                    id: v.VolumeId ?? '',
                    size: v.Size ?? 0,
                    type: v.VolumeType ?? '',
                  }),
                }))}
              />
            </>
          )}
          <SelectField
            control={form.control}
            name="device"
            label={t('volumes.attach.device')}
            hint={t('volumes.attach.device.hint')}
            empty={chosenVm ? undefined : t('volumes.attach.chooseVmFirst')}
            options={devices.map((d) => ({ value: d, label: d }))}
            className="font-mono"
          />
        </FormShell>
      )}
    </SideDialog>
  )
}
