// The health-check tab: how the load balancer judges its backends, edited within the API's ranges and sent with
// UpdateLoadBalancer.
import { useForm, useWatch } from 'react-hook-form'
import type { LoadBalancer } from '@osc-console/osc-api'
import { useOscMutation } from '@osc-console/data'
import { useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { FormShell } from '../../forms/FormShell.tsx'
import { checksResolver } from '../../forms/field-errors.ts'
import { dryRun, step } from '../../forms/steps.ts'
import {
  healthCheckDraft,
  healthCheckParameterFields,
  healthCheckProblems,
  healthCheckRequest,
} from './lb-forms.ts'
import { HealthCheckFields, type HealthCheckPart } from './lb-form-fields.tsx'

export function HealthCheckTab({ account, lb }: { account: string; lb: LoadBalancer }) {
  const t = useT()
  const check = useCan()('UpdateLoadBalancer')
  const name = lb.LoadBalancerName ?? ''
  const form = useForm<HealthCheckPart>({
    defaultValues: { healthCheck: healthCheckDraft(lb.HealthCheck) },
    resolver: checksResolver((v: HealthCheckPart) => healthCheckProblems(v.healthCheck, 'healthCheck'), t),
  })
  const update = useOscMutation(account, 'UpdateLoadBalancer', { success: t('lb.healthCheck.saved') })
  const request = (v: HealthCheckPart) => ({
    LoadBalancerName: name,
    HealthCheck: healthCheckRequest(v.healthCheck),
  })
  const values = useWatch({ control: form.control }) as HealthCheckPart
  return (
    <div className="card p-4">
      <FormShell
        form={form}
        label={t('lb.tab.healthCheck')}
        fields={healthCheckParameterFields()}
        check={check}
        commands={[{ action: 'UpdateLoadBalancer', params: request(values) }]}
        dryRun={(v) => dryRun(account, 'UpdateLoadBalancer', request(v))}
        onSubmit={async (v) => {
          const answer = await step(t('lb.healthCheck.failed'), () => update.mutateAsync(request(v)))
          form.reset({ healthCheck: healthCheckDraft(answer.LoadBalancer?.HealthCheck ?? v.healthCheck) })
        }}
        submitLabel={t('lb.healthCheck.save')}
        actions={
          <button type="button" className="btn" onClick={() => form.reset()}>
            {t('lb.undo')}
          </button>
        }
      >
        <p className="muted">{t('lb.healthCheck.intro')}</p>
        <HealthCheckFields control={form.control} />
      </FormShell>
    </div>
  )
}
