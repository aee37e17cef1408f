// Allocate a public IP: the ip_limit quota checked before sending, a DryRun offered, an optional Name tag, and the
// plain statement that the address is billed from now on, attached or not. The new address's page opens at once,
// ready to be attached.
import { useForm, useWatch } from 'react-hook-form'
import { useNavigate } from '@tanstack/react-router'
import { useOscMutation } from '@osc-console/data'
import { useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { FormShell } from '../../forms/FormShell.tsx'
import { SideDialog } from '../../forms/SideDialog.tsx'
import { QuotaSummary, useQuotaCheck } from '../../forms/QuotaCheck.tsx'
import { checksResolver } from '../../forms/field-errors.ts'
import { TextField } from '../../forms/fields.tsx'
import { dryRun, step } from '../../forms/steps.ts'
import { nameTagCommands, nameTagProblem, useNameTag } from '../../forms/name-tag.ts'
import { allOf } from '../../ui/ActionButton.tsx'
import { paths } from '../../paths.ts'
import { publicIpQuotaNeeds } from './public-ip-rules.ts'

interface AllocateForm {
  name: string
}

export function PublicIpAllocateDialog({ account, onClose }: { account: string; onClose: () => void }) {
  const t = useT()
  const can = useCan()
  const navigate = useNavigate()
  const quota = useQuotaCheck(account, publicIpQuotaNeeds)
  const create = useOscMutation(account, 'CreatePublicIp', {
    success: (data) => t('publicIps.allocate.done', { address: data.PublicIp?.PublicIp ?? '' }),
  })
  const tagName = useNameTag(account)
  const form = useForm<AllocateForm>({
    defaultValues: { name: '' },
    resolver: checksResolver<AllocateForm>((v) => ({ name: nameTagProblem(v.name) }), t),
  })
  const name = useWatch({ control: form.control, name: 'name' })
  const allowed = can('CreatePublicIp')
  return (
    <SideDialog title={t('publicIps.allocate.title')} closeLabel={t('publicIps.close')} onClose={onClose}>
      {!allowed.allowed ? (
        <p className="text-sm">
          {t('publicIps.allocate.notAllowed')} <span className="muted">{allowed.reason}</span>
        </p>
      ) : (
        <FormShell
          form={form}
          label={t('publicIps.allocate.title')}
          fields={{}}
          commands={[
            { action: 'CreatePublicIp', params: {} },
            ...nameTagCommands(name, '<new public IP id>'),
          ]}
          check={allOf(allowed, quota.check)}
          dryRun={() => dryRun(account, 'CreatePublicIp', {})}
          onSubmit={async (v) => {
            const answer = await step(t('publicIps.allocate.failed'), () => create.mutateAsync({}))
            const id = answer.PublicIp?.PublicIpId ?? ''
            // The address exists from here on: its page opens even if the name is refused.
            await tagName(id, v.name)
            onClose()
            if (id) void navigate(paths.resource({ account, section: 'public-ips', id }))
          }}
          submitLabel={t('publicIps.allocate.submit')}
          actions={
            <button type="button" className="btn" onClick={onClose}>
              {t('publicIps.cancel')}
            </button>
          }
        >
          <p className="muted">{t('publicIps.allocate.intro')}</p>
          <p
            role="note"
            className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200"
          >
            {t('publicIps.billedWhileIdle')}
          </p>
          <TextField
            control={form.control}
            name="name"
            label={t('publicIps.allocate.name')}
            hint={t('publicIps.allocate.name.hint')}
            maxLength={255}
          />
          <QuotaSummary quota={quota} />
        </FormShell>
      )}
    </SideDialog>
  )
}
