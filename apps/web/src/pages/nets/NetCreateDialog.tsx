// Create a Net: a name (its Name tag) and an address range from /16 to /28, with the vpc_limit quota checked and a
// DryRun offered. OUTSCALE gives every new Net its main route table; its page opens at once, ready for Subnets.
import { useForm, useWatch } from 'react-hook-form'
import { useNavigate } from '@tanstack/react-router'
import { useOscMutation } from '@osc-console/data'
import type { CreateNetRequest } from '@osc-console/osc-api'
import { useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { FormShell } from '../../forms/FormShell.tsx'
import { SideDialog } from '../../forms/SideDialog.tsx'
import { QuotaSummary, useQuotaCheck } from '../../forms/QuotaCheck.tsx'
import { checksResolver } from '../../forms/field-errors.ts'
import { CidrField, TextField } from '../../forms/fields.tsx'
import { dryRun, step } from '../../forms/steps.ts'
import { nameTagCommands, nameTagProblem, useNameTag } from '../../forms/name-tag.ts'
import { allOf } from '../../ui/ActionButton.tsx'
import { paths } from '../../paths.ts'
import { netRangeProblem } from './net-ranges.ts'
import { netQuotaNeeds } from './net-rules.ts'

interface NetForm {
  name: string
  ipRange: string
}

const request = (v: NetForm): CreateNetRequest => ({ IpRange: v.ipRange.trim() })

export function NetCreateDialog({ account, onClose }: { account: string; onClose: () => void }) {
  const t = useT()
  const can = useCan()
  const navigate = useNavigate()
  const quota = useQuotaCheck(account, netQuotaNeeds)
  const create = useOscMutation(account, 'CreateNet', {
    success: (data) => t('nets.create.done', { id: data.Net?.NetId ?? '' }),
  })
  const tagName = useNameTag(account)
  const form = useForm<NetForm>({
    defaultValues: { name: '', ipRange: '10.0.0.0/16' },
    resolver: checksResolver<NetForm>(
      (v) => ({ name: nameTagProblem(v.name), ipRange: netRangeProblem(v.ipRange) }),
      t,
    ),
  })
  const values = useWatch({ control: form.control }) as NetForm
  const allowed = can('CreateNet')
  return (
    <SideDialog title={t('nets.create.title')} closeLabel={t('nets.close')} onClose={onClose}>
      {!allowed.allowed ? (
        <p className="text-sm">
          {t('nets.create.notAllowed')} <span className="muted">{allowed.reason}</span>
        </p>
      ) : (
        <FormShell
          form={form}
          label={t('nets.create.title')}
          fields={{ IpRange: 'ipRange' }}
          commands={[
            { action: 'CreateNet', params: request(values) },
            ...nameTagCommands(values.name, '<new Net id>'),
          ]}
          check={allOf(allowed, quota.check)}
          dryRun={(v) => dryRun(account, 'CreateNet', request(v))}
          onSubmit={async (v) => {
            const answer = await step(t('nets.create.failed'), () => create.mutateAsync(request(v)))
            const id = answer.Net?.NetId ?? ''
            await tagName(id, v.name)
            onClose()
            if (id) void navigate(paths.resource({ account, section: 'nets', id }))
          }}
          submitLabel={t('nets.create.submit')}
          actions={
            <button type="button" className="btn" onClick={onClose}>
              {t('nets.cancel')}
            </button>
          }
        >
          <p className="muted">{t('nets.create.intro')}</p>
          <TextField control={form.control} name="name" label={t('nets.create.name')} maxLength={255} />
          <CidrField
            control={form.control}
            name="ipRange"
            label={t('nets.create.range')}
            hint={t('nets.create.range.hint')}
          />
          <QuotaSummary quota={quota} />
        </FormShell>
      )}
    </SideDialog>
  )
}
