// Make an image: of a VM (its volumes are snapshotted; the VM reboots unless told not to) or as a copy of another
// image in this Region. A name OUTSCALE accepts, unique among the account's images, checked before sending; the new
// image's page opens.
import { useForm, useWatch } from 'react-hook-form'
import { useQuery } from '@tanstack/react-query'
import { useNavigate } from '@tanstack/react-router'
import { useOscMutation } from '@osc-console/data'
import type { CreateImageRequest, Image, Vm } from '@osc-console/osc-api'
import { useCan, useCurrentAccount } from '../../app/account.ts'
import { text, useT } from '../../i18n/text.ts'
import { FormShell } from '../../forms/FormShell.tsx'
import { SideDialog } from '../../forms/SideDialog.tsx'
import { checksResolver } from '../../forms/field-errors.ts'
import { CheckboxField, TextField } from '../../forms/fields.tsx'
import { dryRun, step } from '../../forms/steps.ts'
import { listQuery } from '../../kit/queries.ts'
import { itemsOf, labelOf } from '../../kit/descriptor.ts'
import { imageResource, vmResource } from '../../kit/registry.ts'
import { paths } from '../../paths.ts'
import { imageNameProblem, isCatalogue } from './image-rules.ts'

interface ImageForm {
  name: string
  description: string
  noReboot: boolean
}

export type ImageCreateDialogProps = { account: string; onClose: () => void } & (
  { vm: Vm; source?: undefined } | { source: Image; vm?: undefined }
)

export function ImageCreateDialog({ account, onClose, vm, source }: ImageCreateDialogProps) {
  const t = useT()
  const can = useCan()
  const region = useCurrentAccount()?.region ?? ''
  const navigate = useNavigate()
  const images = useQuery(listQuery(imageResource, account))
  const taken = itemsOf(imageResource, images.data)
    .filter((i) => !isCatalogue(i))
    .map((i) => i.ImageName ?? '')
  const create = useOscMutation(account, 'CreateImage', {
    success: (data) => t('images.create.done', { id: data.Image?.ImageId ?? '' }),
  })
  const title = vm ? t('images.create.title') : t('images.copy.title')
  const form = useForm<ImageForm>({
    defaultValues: {
      name: vm ? `${labelOf(vmResource, vm)} image` : `${source.ImageName ?? ''} copy`,
      description: vm ? '' : (source.Description ?? ''),
      noReboot: false,
    },
    resolver: checksResolver<ImageForm>(
      (v) => ({
        name: imageNameProblem(v.name, taken),
        description: v.description.length > 255 ? text('images.form.descriptionLength') : undefined,
      }),
      t,
    ),
  })
  const values = useWatch({ control: form.control }) as ImageForm
  const request = (v: ImageForm): CreateImageRequest => ({
    ImageName: v.name.trim(),
    ...(v.description.trim() ? { Description: v.description.trim() } : {}),
    ...(vm
      ? { VmId: vm.VmId ?? '', ...(v.noReboot ? { NoReboot: true } : {}) }
      : { SourceImageId: source.ImageId ?? '', SourceRegionName: region }),
  })
  return (
    <SideDialog title={title} closeLabel={t('images.close')} onClose={onClose}>
      <FormShell
        form={form}
        label={title}
        fields={{ ImageName: 'name', Description: 'description', NoReboot: 'noReboot' }}
        commands={[{ action: 'CreateImage', params: request(values) }]}
        check={can('CreateImage')}
        dryRun={(v) => dryRun(account, 'CreateImage', request(v))}
        onSubmit={async (v) => {
          const answer = await step(t('images.create.failed'), () => create.mutateAsync(request(v)))
          onClose()
          const id = answer.Image?.ImageId
          if (id) void navigate(paths.resource({ account, section: 'images', id }))
        }}
        submitLabel={vm ? t('images.create.submit') : t('images.copy.submit')}
        actions={
          <button type="button" className="btn" onClick={onClose}>
            {t('images.cancel')}
          </button>
        }
      >
        <p>
          {vm
            ? t('images.create.intro', { vm: labelOf(vmResource, vm) })
            : t('images.copy.intro', { image: source.ImageName ?? source.ImageId ?? '', region })}
        </p>
        <TextField
          control={form.control}
          name="name"
          label={t('images.form.name')}
          hint={t('images.form.name.hint')}
          maxLength={128}
        />
        <TextField
          control={form.control}
          name="description"
          label={t('images.form.description')}
          maxLength={255}
        />
        {vm && (
          <CheckboxField
            control={form.control}
            name="noReboot"
            label={t('images.form.noReboot')}
            hint={t('images.form.noReboot.hint')}
          />
        )}
      </FormShell>
    </SideDialog>
  )
}
