// Create an API access rule, or change one: IP ranges, client CAs and CNs, a description. A change that stops
// allowing ranges the rule allowed says so before it is saved, since the console cannot tell whether its own calls
// come from one of them.
import { useForm, useWatch } from 'react-hook-form'
import type { ApiAccessRule } from '@osc-console/osc-api'
import { useOscMutation } from '@osc-console/data'
import { useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { FormShell } from '../../forms/FormShell.tsx'
import { SideDialog } from '../../forms/SideDialog.tsx'
import { checksResolver } from '../../forms/field-errors.ts'
import { TextField, TextareaField } from '../../forms/fields.tsx'
import { dryRun, step } from '../../forms/steps.ts'
import {
  removedRanges,
  ruleFormOf,
  ruleFormProblems,
  ruleRequest,
  updateRuleRequest,
  type RuleForm,
} from './api-access-rule-rules.ts'

const FIELDS = { IpRanges: 'ipRanges', CaIds: 'caIds', Cns: 'cns', Description: 'description' } as const

export function ApiAccessRuleFormDialog({
  account,
  rule,
  onClose,
}: {
  account: string
  rule?: ApiAccessRule
  onClose: () => void
}) {
  const t = useT()
  const id = rule?.ApiAccessRuleId ?? ''
  const action = rule ? 'UpdateApiAccessRule' : 'CreateApiAccessRule'
  const allowed = useCan()(action)
  const create = useOscMutation(account, 'CreateApiAccessRule', {
    success: (data) => t('rules.created', { id: data.ApiAccessRule?.ApiAccessRuleId ?? '' }),
  })
  const update = useOscMutation(account, 'UpdateApiAccessRule', { success: t('rules.updated', { id }) })
  const form = useForm<RuleForm>({
    defaultValues: ruleFormOf(rule),
    resolver: checksResolver<RuleForm>(ruleFormProblems, t),
  })
  const values = useWatch({ control: form.control }) as RuleForm
  const removed = removedRanges(rule, values)
  const title = rule ? t('rules.edit.title', { id }) : t('rules.create.title')
  return (
    <SideDialog title={title} closeLabel={t('rules.close')} onClose={onClose}>
      {!allowed.allowed ? (
        <p className="text-sm">
          {t('rules.form.notAllowed')} <span className="muted">{allowed.reason}</span>
        </p>
      ) : (
        <FormShell
          form={form}
          label={title}
          fields={FIELDS}
          commands={[{ action, params: rule ? updateRuleRequest(id, values) : ruleRequest(values) }]}
          dryRun={(v) =>
            rule
              ? dryRun(account, 'UpdateApiAccessRule', updateRuleRequest(id, v))
              : dryRun(account, 'CreateApiAccessRule', ruleRequest(v))
          }
          onSubmit={async (v) => {
            if (rule) await step(t('rules.edit.failed'), () => update.mutateAsync(updateRuleRequest(id, v)))
            else await step(t('rules.create.failed'), () => create.mutateAsync(ruleRequest(v)))
            onClose()
          }}
          submitLabel={rule ? t('rules.edit.submit') : t('rules.create.submit')}
          actions={
            <button type="button" className="btn" onClick={onClose}>
              {t('rules.cancel')}
            </button>
          }
        >
          <p className="muted">{t('rules.form.intro')}</p>
          <TextField
            control={form.control}
            name="description"
            label={t('rules.form.description')}
            maxLength={255}
          />
          <TextareaField
            control={form.control}
            name="ipRanges"
            rows={3}
            monospace
            label={t('rules.form.ipRanges')}
            hint={t('rules.form.ipRanges.hint')}
          />
          <TextareaField
            control={form.control}
            name="caIds"
            rows={2}
            monospace
            label={t('rules.form.caIds')}
            hint={t('rules.form.caIds.hint')}
          />
          <TextareaField
            control={form.control}
            name="cns"
            rows={2}
            label={t('rules.form.cns')}
            hint={t('rules.form.cns.hint')}
          />
          {removed.length > 0 && (
            <p
              role="alert"
              className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200"
            >
              {t('rules.form.removedWarning', { ranges: removed.join(', ') })}
            </p>
          )}
        </FormShell>
      )}
    </SideDialog>
  )
}
