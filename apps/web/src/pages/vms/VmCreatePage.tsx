// Create a VM: one form in sections. Before sending it checks the quotas, then validates the request with
// DryRun, then creates with a ClientToken (a retry cannot make two VMs) and tags the new VM.
import { useState } from 'react'
import { useWatch } from 'react-hook-form'
import { getRouteApi } from '@tanstack/react-router'
import { useOscMutation } from '@osc-console/data'
import { useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { allOf } from '../../ui/ActionButton.tsx'
import { NotAllowed } from '../../ui/NotAllowed.tsx'
import { FormShell } from '../../forms/FormShell.tsx'
import { CheckboxField, TagsField, TextareaField, TextField } from '../../forms/fields.tsx'
import { checksResolver } from '../../forms/field-errors.ts'
import { QuotaSummary, useQuotaCheck } from '../../forms/QuotaCheck.tsx'
import { useSessionForm } from '../../forms/session-form.ts'
import { dryRun, step } from '../../forms/steps.ts'
import {
  buildCreateVmsParams,
  createVmsFields,
  initialForm,
  validateForm,
  vmQuotaNeeds,
  type CreateVmForm,
} from './vm-create-form.ts'
import { ImagePicker, TypePicker } from './vm-create-image-type.tsx'
import { KeypairPicker } from './vm-create-keypair.tsx'
import { NetworkSection } from './vm-create-network.tsx'
import { VolumesSection } from './vm-create-volumes-tags.tsx'
import { BackToVms } from './BackToVms.tsx'

const route = getRouteApi('/$account/vms/new')

const vmQuotaWords = {
  line: 'vmForms.quota.line',
  over: 'vmForms.quota.over',
  blocked: 'vmForms.quota.blocked',
} as const

/** A titled part of the form. Not a labelled region: its title would clash with the field of the same name. */
export function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="card p-4">
      <h2 className="mb-3 text-base font-semibold">{title}</h2>
      {children}
    </section>
  )
}

export default function VmCreatePage() {
  const { account } = route.useParams()
  const t = useT()
  const allowed = useCan()('CreateVms')
  if (!allowed.allowed)
    return (
      <NotAllowed
        before={<BackToVms account={account} />}
        title={t('vmForms.create.title')}
        what={t('vmForms.create.notAllowed')}
        reason={allowed.reason}
      />
    )
  return <CreateVmFormPage account={account} />
}

function CreateVmFormPage({ account }: { account: string }) {
  const t = useT()
  const navigate = route.useNavigate()
  const can = useCan()
  const { imageId } = route.useSearch()
  const form = useSessionForm<CreateVmForm>(`create-vm:${account}`, initialForm, {
    ...(imageId ? { given: { imageId } } : {}),
    resolver: checksResolver(validateForm, t),
    // User data often holds passwords and keys for the VM's first boot: it never goes to the browser's storage.
    unsaved: ['userData'],
  })
  const values = useWatch({ control: form.control }) as CreateVmForm
  const params = buildCreateVmsParams(values)
  const quota = useQuotaCheck(account, vmQuotaNeeds(values.vmType), vmQuotaWords)
  const [phase, setPhase] = useState<'idle' | 'validating' | 'creating'>('idle')
  const create = useOscMutation(account, 'CreateVms', {
    success: false,
    alsoInvalidates: ['volumes', 'nics'],
  })
  const tag = useOscMutation(account, 'CreateTags', { success: false })
  const { control, clear } = form

  const submit = async (form: CreateVmForm) => {
    if (!quota.check.allowed) return
    const request = buildCreateVmsParams(form)
    try {
      setPhase('validating')
      await step(t('vmForms.create.dryRunFailed'), () => dryRun(account, 'CreateVms', request))
      setPhase('creating')
      const created = await step(t('vmForms.create.failed'), () => create.mutateAsync(request))
      const vmId = created.Vms?.[0]?.VmId
      const tags = [
        ...(form.name.trim() ? [{ Key: 'Name', Value: form.name.trim() }] : []),
        ...form.tags.filter((tag) => tag.Key.trim()),
      ]
      // The VM exists: a tag that fails is not worth losing the way to it; its page lets the person tag it again.
      if (vmId && tags.length)
        await tag.mutateAsync({ ResourceIds: [vmId], Tags: tags }).catch(() => undefined)
      clear()
      if (vmId) void navigate({ to: '/$account/vms/$vmId', params: { account, vmId } })
    } finally {
      setPhase('idle')
    }
  }

  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-4 p-6">
      <div>
        <BackToVms account={account} />
        <h1 className="mt-1 text-xl font-semibold">{t('vmForms.create.heading')}</h1>
      </div>
      <FormShell
        form={form}
        label={t('vmForms.create.title')}
        className="flex flex-col gap-4"
        fields={createVmsFields(values)}
        onSubmit={submit}
        problemsTitle={t('vmForms.create.fixThese')}
        commands={[{ action: 'CreateVms', params }]}
        check={allOf(can('CreateVms'), quota.check)}
        submitLabel={
          phase === 'validating'
            ? t('vmForms.create.validating')
            : phase === 'creating'
              ? t('vmForms.create.creating')
              : t('vmForms.create.submit')
        }
        actions={
          <button type="button" className="btn" onClick={clear}>
            {t('vmForms.create.reset')}
          </button>
        }
      >
        <Section title={t('vmForms.section.name')}>
          <TextField
            control={control}
            name="name"
            label={t('vmForms.name')}
            maxLength={255}
            placeholder="web-1"
          />
        </Section>
        <Section title={t('vmForms.section.image')}>
          <ImagePicker account={account} control={control} />
        </Section>
        <Section title={t('vmForms.section.vmType')}>
          <TypePicker account={account} control={control} />
        </Section>
        <Section title={t('vmForms.section.keypair')}>
          <KeypairPicker
            account={account}
            control={control}
            onCreated={(name) => form.setValue('keypairName', name)}
          />
        </Section>
        <Section title={t('vmForms.section.network')}>
          <NetworkSection account={account} form={form} />
        </Section>
        <Section title={t('vmForms.section.storage')}>
          <VolumesSection form={form} />
        </Section>
        <Section title={t('vmForms.section.userData')}>
          <TextareaField control={control} name="userData" label={t('vmForms.userData')} rows={6} monospace />
        </Section>
        <Section title={t('vmForms.section.tags')}>
          <TagsField control={control} name="tags" label={t('vmForms.section.tags')} hideLabel />
          <div className="mt-3">
            <CheckboxField
              control={control}
              name="deletionProtection"
              label={t('vmForms.create.deletionProtection')}
            />
          </div>
        </Section>
        <Section title={t('vmForms.section.quotas')}>
          <QuotaSummary quota={quota} />
        </Section>
      </FormShell>
    </div>
  )
}
