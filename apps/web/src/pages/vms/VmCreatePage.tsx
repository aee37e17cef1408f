// Create a VM: one form in sections. Before sending it checks the quotas, then validates the request with
// DryRun, then creates with a ClientToken (a retry cannot make two VMs) and tags the new VM.
import { useMemo, useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import { callOsc, oscQueryAll, toApiError, useOscMutation, type ApiError } from '@osc-console/data'
import { useSessionState } from '../../app/session.ts'
import { useCan } from '../../app/account.ts'
import { ActionButton, allOf } from '../../ui/ActionButton.tsx'
import { ErrorPanel } from '../../ui/ErrorPanel.tsx'
import { CommandPreview } from '../../ui/CommandPreview.tsx'
import { NotAllowed } from '../../ui/NotAllowed.tsx'
import {
  buildCreateVmsParams,
  initialForm,
  quotaCheck,
  quotaLines,
  validateForm,
  type CreateVmForm,
} from './vm-create-form.ts'
import { ImagePicker, TypePicker } from './vm-create-image-type.tsx'
import { KeypairPicker } from './vm-create-keypair.tsx'
import { NetworkSection } from './vm-create-network.tsx'
import { TagsSection, VolumesSection } from './vm-create-volumes-tags.tsx'
import { BackToVms } from './BackToVms.tsx'

const route = getRouteApi('/$account/vms/new')

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
  const allowed = useCan()('CreateVms')
  if (!allowed.allowed)
    return (
      <NotAllowed
        before={<BackToVms account={account} />}
        title="Create VM"
        what="Your role does not include creating VMs in this account."
        reason={allowed.reason}
      />
    )
  return <CreateVmForm account={account} />
}

function CreateVmForm({ account }: { account: string }) {
  const navigate = route.useNavigate()
  const can = useCan()
  const [form, setForm, clearForm] = useSessionState<CreateVmForm>(`create-vm:${account}`, initialForm)
  const update = (changes: Partial<CreateVmForm>) => setForm((old) => ({ ...old, ...changes }))
  const quotas = useQuery(oscQueryAll(account, 'ReadQuotas', {}))
  const [phase, setPhase] = useState<'idle' | 'validating' | 'creating'>('idle')
  const [failure, setFailure] = useState<{ step: string; error: ApiError } | undefined>()
  const [showProblems, setShowProblems] = useState(false)

  const params = useMemo(() => buildCreateVmsParams(form), [form])
  const problems = validateForm(form)
  const lines = quotaLines(
    (quotas.data?.QuotaTypes ?? []).flatMap((t) => t.Quotas ?? []),
    form.vmType,
  )
  const quota = quotaCheck(lines)
  const create = useOscMutation(account, 'CreateVms', {
    success: false,
    alsoInvalidates: ['volumes', 'nics'],
  })
  const tag = useOscMutation(account, 'CreateTags', { success: false })

  const submit = async () => {
    setShowProblems(true)
    setFailure(undefined)
    if (Object.keys(problems).length || !quota.allowed) return
    setPhase('validating')
    try {
      await callOsc(account, 'CreateVms', { ...params, DryRun: true })
    } catch (error) {
      setFailure({
        step: 'OUTSCALE refused the request while validating it (DryRun); nothing was created.',
        error: toApiError(error),
      })
      setPhase('idle')
      return
    }
    setPhase('creating')
    let vmId: string | undefined
    try {
      vmId = (await create.mutateAsync(params)).Vms?.[0]?.VmId
    } catch (error) {
      setFailure({ step: 'The VM could not be created.', error: toApiError(error) })
      setPhase('idle')
      return
    }
    const tags = [
      ...(form.name.trim() ? [{ Key: 'Name', Value: form.name.trim() }] : []),
      ...form.tags.filter((t) => t.Key.trim()),
    ]
    if (vmId && tags.length) {
      await tag.mutateAsync({ ResourceIds: [vmId], Tags: tags }).catch(() => undefined)
    }
    clearForm()
    setPhase('idle')
    if (vmId) void navigate({ to: '/$account/vms/$vmId', params: { account, vmId } })
  }

  const problemList = showProblems ? Object.values(problems) : []
  return (
    <form
      className="mx-auto flex max-w-4xl flex-col gap-4 p-6"
      aria-label="Create VM"
      onSubmit={(event) => {
        event.preventDefault()
        void submit()
      }}
    >
      <div>
        <BackToVms account={account} />
        <h1 className="mt-1 text-xl font-semibold">Create a VM</h1>
      </div>
      <Section title="Name">
        <label className="flex flex-col gap-1 text-sm">
          Name
          <input
            className="input"
            value={form.name}
            maxLength={255}
            onChange={(e) => update({ name: e.target.value })}
            placeholder="web-1"
          />
        </label>
      </Section>
      <Section title="Image">
        <ImagePicker
          account={account}
          value={form.imageId}
          onChange={(imageId) => update({ imageId })}
          problem={showProblems ? problems.imageId : undefined}
        />
      </Section>
      <Section title="VM type">
        <TypePicker account={account} value={form.vmType} onChange={(vmType) => update({ vmType })} />
      </Section>
      <Section title="Keypair">
        <KeypairPicker
          account={account}
          value={form.keypairName}
          onChange={(keypairName) => update({ keypairName })}
        />
      </Section>
      <Section title="Network and security groups">
        <NetworkSection
          account={account}
          form={form}
          update={update}
          problem={showProblems ? problems.subnetId : undefined}
        />
      </Section>
      <Section title="Storage">
        <VolumesSection form={form} update={update} problems={showProblems ? problems : {}} />
      </Section>
      <Section title="User data">
        <label className="flex flex-col gap-1 text-sm">
          Script or cloud-init configuration run at first boot (plain text; sent base64-encoded)
          <textarea
            className="input h-28 font-mono text-xs"
            value={form.userData}
            onChange={(e) => update({ userData: e.target.value })}
          />
        </label>
      </Section>
      <Section title="Tags">
        <TagsSection
          tags={form.tags}
          onChange={(tags) => update({ tags })}
          problem={showProblems ? problems.tags : undefined}
        />
        <label className="mt-3 flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={form.deletionProtection}
            onChange={(e) => update({ deletionProtection: e.target.checked })}
          />
          Deletion protection (the VM cannot be terminated until it is turned off)
        </label>
      </Section>
      <Section title="Quotas">
        {quotas.error ? (
          <ErrorPanel
            error={quotas.error}
            onRetry={() => void quotas.refetch()}
            title="The quotas could not be read"
          />
        ) : (
          <ul className="grid grid-cols-3 gap-3 text-sm" aria-label="Quotas left">
            {lines.map((l) => (
              <li
                key={l.name}
                className={l.used + l.requested > l.max ? 'font-medium text-red-700 dark:text-red-300' : ''}
              >
                {l.label}: {Math.max(0, l.max - l.used)} left of {l.max} (this VM: {l.requested})
              </li>
            ))}
          </ul>
        )}
        {!quota.allowed && (
          <p role="alert" className="mt-2 text-sm text-red-700 dark:text-red-300">
            This VM would exceed the account’s quota. {quota.reason}
          </p>
        )}
      </Section>
      {problemList.length > 0 && (
        <div role="alert" className="text-sm text-red-700 dark:text-red-300">
          <p className="font-medium">Fix these before creating the VM:</p>
          <ul className="list-disc pl-5">
            {problemList.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {failure && <ErrorPanel error={failure.error} title={failure.step} />}
      <CommandPreview action="CreateVms" params={params} />
      <div className="flex justify-end gap-2">
        <button type="button" className="btn" onClick={clearForm}>
          Reset form
        </button>
        <ActionButton
          check={allOf(can('CreateVms'), quota.allowed || quotas.isPending ? { allowed: true } : quota)}
          busy={phase !== 'idle'}
          variant="primary"
          onClick={() => void submit()}
        >
          {phase === 'validating' ? 'Validating…' : phase === 'creating' ? 'Creating…' : 'Create VM'}
        </ActionButton>
      </div>
    </form>
  )
}
