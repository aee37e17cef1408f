// Create a load balancer: one form in sections. Before sending it checks the lb_limit quota and the request with
// DryRun; then it creates the load balancer, registers the initial backends and sets the health check, each
// step failing with its own title so the person knows how far it got.
import { useState, type ReactNode } from 'react'
import { useFieldArray, useForm, useWatch, type Control } from 'react-hook-form'
import { useQuery } from '@tanstack/react-query'
import { Link, getRouteApi } from '@tanstack/react-router'
import { oscQueryAll, useOscMutation } from '@osc-console/data'
import { useCan } from '../../app/account.ts'
import { text, useT } from '../../i18n/text.ts'
import { allOf } from '../../ui/ActionButton.tsx'
import { NotAllowed } from '../../ui/NotAllowed.tsx'
import { FormShell } from '../../forms/FormShell.tsx'
import {
  CheckboxGroupField,
  RadioGroupField,
  SelectField,
  TagsField,
  TextField,
} from '../../forms/fields.tsx'
import { checksResolver } from '../../forms/field-errors.ts'
import { QuotaSummary, useQuotaCheck } from '../../forms/QuotaCheck.tsx'
import { dryRun, step } from '../../forms/steps.ts'
import { BackLink } from '../../kit/BackLink.tsx'
import { paths } from '../../paths.ts'
import {
  createParameterFields,
  createProblems,
  createRequest,
  healthCheckRequest,
  initialCreateForm,
  newListener,
  type CreateLbForm,
} from './lb-forms.ts'
import {
  HealthCheckFields,
  ListenerFields,
  type HealthCheckPart,
  type ListenersPart,
} from './lb-form-fields.tsx'
import { VmPicker } from './VmPicker.tsx'

const route = getRouteApi('/$account/load-balancers/new')

const quotaNeeds = [{ name: 'lb_limit', label: text('lb.quota.lbs'), requested: 1 }]

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="card p-4">
      <h2 className="mb-3 text-base font-semibold">{title}</h2>
      {children}
    </section>
  )
}

export default function LoadBalancerCreatePage() {
  const { account } = route.useParams()
  const t = useT()
  const check = useCan()('CreateLoadBalancer')
  const back = (
    <BackLink to={paths.section({ account, section: 'load-balancers' })} label={t('nav.loadBalancers')} />
  )
  if (!check.allowed)
    return (
      <NotAllowed
        before={back}
        title={t('lb.create.title')}
        what={t('lb.create.notAllowed')}
        reason={check.reason}
      />
    )
  return <CreateForm account={account} back={back} />
}

function CreateForm({ account, back }: { account: string; back: ReactNode }) {
  const t = useT()
  const can = useCan()
  const navigate = route.useNavigate()
  const form = useForm<CreateLbForm>({
    defaultValues: initialCreateForm(),
    resolver: checksResolver(createProblems, t),
  })
  const { control } = form
  const values = useWatch({ control }) as CreateLbForm
  const listeners = useFieldArray({ control, name: 'listeners' })
  const quota = useQuotaCheck(account, quotaNeeds)
  const [phase, setPhase] = useState<'idle' | 'validating' | 'creating' | 'backends' | 'healthCheck'>('idle')
  const create = useOscMutation(account, 'CreateLoadBalancer', { success: false })
  const register = useOscMutation(account, 'RegisterVmsInLoadBalancer', { success: false })
  const update = useOscMutation(account, 'UpdateLoadBalancer', { success: false })
  const subregions = useQuery(oscQueryAll(account, 'ReadSubregions', {}))
  const subnets = useQuery(oscQueryAll(account, 'ReadSubnets', {}))
  const groups = useQuery(oscQueryAll(account, 'ReadSecurityGroups', {}))
  const chosenNets = new Set(
    (subnets.data?.Subnets ?? [])
      .filter((s) => values.subnets?.includes(s.SubnetId ?? ''))
      .map((s) => s.NetId),
  )
  const groupsInScope = (groups.data?.SecurityGroups ?? []).filter((g) =>
    values.placement === 'subnets' ? g.NetId !== undefined && chosenNets.has(g.NetId) : !g.NetId,
  )
  const request = createRequest(values)

  const submit = async (f: CreateLbForm) => {
    if (!quota.check.allowed) return
    const req = createRequest(f)
    const name = req.LoadBalancerName
    try {
      setPhase('validating')
      await step(t('lb.create.dryRunFailed'), () => dryRun(account, 'CreateLoadBalancer', req))
      setPhase('creating')
      await step(t('lb.create.failed'), () => create.mutateAsync(req))
      // The load balancer exists from here on: a later step that fails leaves it, and says what is left to do.
      if (f.backends.length) {
        setPhase('backends')
        await step(t('lb.create.backendsFailed', { name }), () =>
          register.mutateAsync({ LoadBalancerName: name, BackendVmIds: f.backends }),
        )
      }
      setPhase('healthCheck')
      await step(t('lb.create.healthCheckFailed', { name }), () =>
        update.mutateAsync({ LoadBalancerName: name, HealthCheck: healthCheckRequest(f.healthCheck) }),
      )
      void navigate({
        to: '/$account/load-balancers/$loadBalancerName',
        params: { account, loadBalancerName: name },
        search: { tab: 'backends' },
      })
    } finally {
      setPhase('idle')
    }
  }

  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-4 p-6">
      <div>
        {back}
        <h1 className="mt-1 text-xl font-semibold">{t('lb.create.heading')}</h1>
      </div>
      <FormShell
        form={form}
        label={t('lb.create.title')}
        className="flex flex-col gap-4"
        fields={createParameterFields(values)}
        onSubmit={submit}
        commands={[{ action: 'CreateLoadBalancer', params: request }]}
        dryRun={(f) => dryRun(account, 'CreateLoadBalancer', createRequest(f))}
        check={allOf(can('CreateLoadBalancer'), quota.check)}
        submitLabel={phase === 'idle' ? t('lb.create.submit') : t(`lb.create.phase.${phase}`)}
        actions={
          <Link to="/$account/load-balancers" params={{ account }} className="btn">
            {t('lb.cancel')}
          </Link>
        }
      >
        <Section title={t('lb.section.name')}>
          <TextField
            control={control}
            name="name"
            label={t('lb.prop.name')}
            hint={t('lb.form.name.hint')}
            maxLength={32}
            placeholder="web-lb"
          />
        </Section>
        <Section title={t('lb.section.type')}>
          <RadioGroupField
            control={control}
            name="type"
            label={t('lb.col.type')}
            hideLabel
            options={[
              { value: 'internet-facing', label: t('lb.type.internetFacing') },
              { value: 'internal', label: t('lb.type.internal') },
            ]}
          />
        </Section>
        <Section title={t('lb.section.placement')}>
          <div className="flex flex-col gap-3">
            <RadioGroupField
              control={control}
              name="placement"
              label={t('lb.section.placement')}
              hideLabel
              row
              options={[
                { value: 'subregion', label: t('lb.placement.subregion') },
                { value: 'subnets', label: t('lb.placement.subnets') },
              ]}
              onValueChange={() => form.setValue('securityGroups', [])}
            />
            {values.placement === 'subnets' ? (
              <CheckboxGroupField
                control={control}
                name="subnets"
                label={t('lb.prop.subnets')}
                empty={subnets.isSuccess ? t('lb.form.subnets.none') : undefined}
                options={(subnets.data?.Subnets ?? []).map((s) => ({
                  value: s.SubnetId ?? '',
                  label: t('lb.form.subnetOption', {
                    id: s.SubnetId ?? '',
                    range: s.IpRange ?? '',
                    subregion: s.SubregionName ?? '',
                    net: s.NetId ?? '',
                  }),
                }))}
              />
            ) : (
              <SelectField
                control={control}
                name="subregion"
                label={t('lb.prop.subregions')}
                empty={t('lb.form.subregion.pick')}
                options={(subregions.data?.Subregions ?? []).map((s) => ({
                  value: s.SubregionName ?? '',
                  label: s.SubregionName ?? '',
                }))}
              />
            )}
          </div>
        </Section>
        <Section title={t('lb.col.securityGroups')}>
          <CheckboxGroupField
            control={control}
            name="securityGroups"
            label={t('lb.col.securityGroups')}
            hideLabel
            hint={
              values.placement === 'subnets' ? t('lb.form.groups.hintNet') : t('lb.form.groups.hintPublic')
            }
            empty={groups.isSuccess ? t('lb.form.groups.none') : undefined}
            options={groupsInScope.map((g) => ({
              value: g.SecurityGroupId ?? '',
              label: (
                <>
                  {g.SecurityGroupName} <span className="font-mono text-xs muted">{g.SecurityGroupId}</span>
                </>
              ),
            }))}
          />
        </Section>
        <Section title={t('lb.tab.listeners')}>
          <div className="flex flex-col gap-3">
            {listeners.fields.map((field, index) => (
              <div key={field.id} className="flex flex-wrap items-end gap-3">
                <ListenerFields
                  account={account}
                  control={control as unknown as Control<ListenersPart>}
                  index={index}
                />
                {listeners.fields.length > 1 && (
                  <button type="button" className="btn" onClick={() => listeners.remove(index)}>
                    {t('lb.form.listener.remove', { n: index + 1 })}
                  </button>
                )}
              </div>
            ))}
            <div>
              <button
                type="button"
                className="btn"
                onClick={() => listeners.append({ ...newListener(), port: 443, protocol: 'HTTPS' })}
              >
                {t('lb.form.listener.add')}
              </button>
            </div>
          </div>
        </Section>
        <Section title={t('lb.section.backends')}>
          <VmPicker
            account={account}
            value={values.backends ?? []}
            onChange={(ids) => form.setValue('backends', ids)}
            label={t('lb.backends.pick')}
          />
        </Section>
        <Section title={t('lb.tab.healthCheck')}>
          <HealthCheckFields control={control as unknown as Control<HealthCheckPart>} />
        </Section>
        <Section title={t('lb.section.tags')}>
          <TagsField control={control} name="tags" label={t('lb.section.tags')} hideLabel />
        </Section>
        <Section title={t('lb.section.quotas')}>
          <QuotaSummary quota={quota} />
        </Section>
      </FormShell>
    </div>
  )
}
