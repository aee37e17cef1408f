// Two settings tabs of a load balancer: where its access logs go (UpdateLoadBalancer's AccessLog), and its
// sticky-session policies (load-balancer or application cookies), created, put on a listener and deleted.
import { PlainTable } from '../../kit/PlainTable.tsx'
import { useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import type { Listener, LoadBalancer } from '@osc-console/osc-api'
import { useOscMutation } from '@osc-console/data'
import { useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { ActionButton, allOf, allowed } from '../../ui/ActionButton.tsx'
import { ConfirmDialog } from '../../kit/ConfirmDialog.tsx'
import { FormShell } from '../../forms/FormShell.tsx'
import { SideDialog } from '../../forms/SideDialog.tsx'
import { CheckboxField, RadioGroupField, SelectField, TextField } from '../../forms/fields.tsx'
import { checksResolver } from '../../forms/field-errors.ts'
import { dryRun, step } from '../../forms/steps.ts'
import { listenerText } from './lb-format.ts'
import {
  accessLogDraft,
  accessLogProblems,
  accessLogRequest,
  newPolicy,
  policyProblems,
  policyRequest,
  type AccessLogDraft,
  type PolicyDraft,
} from './lb-forms.ts'

export function AccessLogTab({ account, lb }: { account: string; lb: LoadBalancer }) {
  const t = useT()
  const check = useCan()('UpdateLoadBalancer')
  const form = useForm<AccessLogDraft>({
    defaultValues: accessLogDraft(lb.AccessLog),
    resolver: checksResolver(accessLogProblems, t),
  })
  const values = useWatch({ control: form.control }) as AccessLogDraft
  const update = useOscMutation(account, 'UpdateLoadBalancer', { success: t('lb.accessLog.saved') })
  const request = (v: AccessLogDraft) => ({
    LoadBalancerName: lb.LoadBalancerName ?? '',
    AccessLog: accessLogRequest(v),
  })
  return (
    <div className="card p-4">
      <FormShell
        form={form}
        label={t('lb.tab.accessLog')}
        fields={{
          'AccessLog.OsuBucketName': 'bucket',
          'AccessLog.OsuBucketPrefix': 'prefix',
          'AccessLog.PublicationInterval': 'interval',
        }}
        check={check}
        commands={[{ action: 'UpdateLoadBalancer', params: request(values) }]}
        dryRun={(v) => dryRun(account, 'UpdateLoadBalancer', request(v))}
        onSubmit={async (v) => {
          await step(t('lb.accessLog.failed'), () => update.mutateAsync(request(v)))
        }}
        submitLabel={t('lb.accessLog.save')}
      >
        <p className="muted">{t('lb.accessLog.intro')}</p>
        <CheckboxField control={form.control} name="enabled" label={t('lb.accessLog.enabled')} />
        <div className="flex flex-wrap items-start gap-3">
          <TextField
            control={form.control}
            name="bucket"
            label={t('lb.accessLog.bucket')}
            disabled={!values.enabled}
          />
          <TextField
            control={form.control}
            name="prefix"
            label={t('lb.accessLog.prefix')}
            hint={t('lb.accessLog.prefixHint')}
            disabled={!values.enabled}
          />
          <SelectField
            control={form.control}
            name="interval"
            label={t('lb.accessLog.interval')}
            disabled={!values.enabled}
            options={[
              { value: '5', label: t('lb.accessLog.every', { minutes: 5 }) },
              { value: '60', label: t('lb.accessLog.every', { minutes: 60 }) },
            ]}
          />
        </div>
      </FormShell>
    </div>
  )
}

interface Policy {
  name: string
  kind: 'load_balancer' | 'app'
  detail: string
}

function policiesOf(lb: LoadBalancer, t: ReturnType<typeof useT>): Policy[] {
  return [
    ...(lb.LoadBalancerStickyCookiePolicies ?? []).map((p) => ({
      name: p.PolicyName ?? '',
      kind: 'load_balancer' as const,
      detail:
        p.CookieExpirationPeriod && p.CookieExpirationPeriod > 1
          ? t('lb.policy.expires', { seconds: p.CookieExpirationPeriod })
          : t('lb.policy.browserSession'),
    })),
    ...(lb.ApplicationStickyCookiePolicies ?? []).map((p) => ({
      name: p.PolicyName ?? '',
      kind: 'app' as const,
      detail: t('lb.policy.cookie', { cookie: p.CookieName ?? '' }),
    })),
  ]
}

export function StickySessionsTab({ account, lb }: { account: string; lb: LoadBalancer }) {
  const t = useT()
  const can = useCan()
  const name = lb.LoadBalancerName ?? ''
  const policies = policiesOf(lb, t)
  const [creating, setCreating] = useState(false)
  const [deleting, setDeleting] = useState<string | undefined>()
  const usedBy = (policy: string) =>
    (lb.Listeners ?? []).filter((l) => l.PolicyNames?.includes(policy)).map(listenerText)
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm muted">{t('lb.policy.intro')}</p>
      <PlainTable
        label={t('lb.policy.table')}
        columns={[t('lb.prop.name'), t('lb.policy.kind'), t('lb.policy.detail'), t('lb.policy.usedBy')]}
        actions={t('lb.listeners.col.actions')}
        empty={policies.length === 0 ? t('lb.policy.none') : undefined}
      >
        {policies.map((p) => (
          <tr key={p.name}>
            <td className="font-medium">{p.name}</td>
            <td>{t(`lb.policy.kind.${p.kind}`)}</td>
            <td>{p.detail}</td>
            <td className="font-mono text-xs">{usedBy(p.name).join(', ') || '—'}</td>
            <td className="text-right">
              <ActionButton check={can('DeleteLoadBalancerPolicy')} onClick={() => setDeleting(p.name)}>
                <span aria-hidden>{t('lb.listeners.removeShort')}</span>
                <span className="sr-only">{t('lb.policy.delete', { name: p.name })}</span>
              </ActionButton>
            </td>
          </tr>
        ))}
      </PlainTable>
      <div>
        <ActionButton check={can('CreateLoadBalancerPolicy')} onClick={() => setCreating(true)}>
          {t('lb.policy.create')}
        </ActionButton>
      </div>
      {policies.length > 0 &&
        (lb.Listeners ?? [])
          .filter((l) => ['HTTP', 'HTTPS'].includes(l.LoadBalancerProtocol ?? ''))
          .map((l) => (
            <ListenerPolicy
              key={`${l.LoadBalancerPort}:${(l.PolicyNames ?? []).join(',')}`}
              account={account}
              lb={lb}
              listener={l}
              policies={policies}
            />
          ))}
      {creating && <CreatePolicyDialog account={account} lb={lb} onClose={() => setCreating(false)} />}
      {deleting && (
        <ConfirmDialog
          account={account}
          action="DeleteLoadBalancerPolicy"
          params={{ LoadBalancerName: name, PolicyName: deleting }}
          title={t('lb.policy.delete', { name: deleting })}
          confirmLabel={t('lb.policy.deleteConfirm')}
          success={t('lb.policy.deleted', { name: deleting })}
          danger
          onClose={() => setDeleting(undefined)}
        >
          <p>{t('lb.policy.deleteBody', { name: deleting })}</p>
        </ConfirmDialog>
      )}
    </div>
  )
}

/** Which policy one HTTP or HTTPS listener uses: one at most, or none. */
function ListenerPolicy({
  account,
  lb,
  listener,
  policies,
}: {
  account: string
  lb: LoadBalancer
  listener: Listener
  policies: Policy[]
}) {
  const t = useT()
  const can = useCan()
  const current = listener.PolicyNames?.[0] ?? ''
  const form = useForm<{ policy: string }>({ defaultValues: { policy: current } })
  const chosen = useWatch({ control: form.control, name: 'policy' })
  const update = useOscMutation(account, 'UpdateLoadBalancer', { success: t('lb.policy.applied') })
  const params = (policy: string) => ({
    LoadBalancerName: lb.LoadBalancerName ?? '',
    LoadBalancerPort: listener.LoadBalancerPort ?? 0,
    PolicyNames: policy ? [policy] : [],
  })
  const label = t('lb.policy.forListener', { listener: listenerText(listener) })
  return (
    <div className="card p-4">
      <FormShell
        form={form}
        label={label}
        fields={{ PolicyNames: 'policy' }}
        check={allOf(
          can('UpdateLoadBalancer'),
          chosen === current ? { allowed: false, reason: t('lb.policy.unchanged') } : allowed,
        )}
        commands={[{ action: 'UpdateLoadBalancer', params: params(chosen) }]}
        onSubmit={async (v) => {
          await step(t('lb.policy.applyFailed'), () => update.mutateAsync(params(v.policy)))
        }}
        submitLabel={t('lb.policy.apply', { listener: listenerText(listener) })}
      >
        <SelectField
          control={form.control}
          name="policy"
          label={label}
          className="max-w-sm"
          options={[
            { value: '', label: t('lb.policy.noStickiness') },
            ...policies.map((p) => ({ value: p.name, label: p.name })),
          ]}
        />
      </FormShell>
    </div>
  )
}

function CreatePolicyDialog({
  account,
  lb,
  onClose,
}: {
  account: string
  lb: LoadBalancer
  onClose: () => void
}) {
  const t = useT()
  const name = lb.LoadBalancerName ?? ''
  const existing = [
    ...(lb.LoadBalancerStickyCookiePolicies ?? []),
    ...(lb.ApplicationStickyCookiePolicies ?? []),
  ].map((p) => p.PolicyName ?? '')
  const form = useForm<PolicyDraft>({
    defaultValues: newPolicy(),
    resolver: checksResolver((v: PolicyDraft) => policyProblems(v, existing), t),
  })
  const values = useWatch({ control: form.control }) as PolicyDraft
  const create = useOscMutation(account, 'CreateLoadBalancerPolicy', {
    success: t('lb.policy.created', { name: values.name?.trim() ?? '' }),
  })
  return (
    <SideDialog title={t('lb.policy.create')} closeLabel={t('lb.close')} onClose={onClose}>
      <FormShell
        form={form}
        label={t('lb.policy.create')}
        fields={{
          PolicyName: 'name',
          PolicyType: 'type',
          CookieName: 'cookie',
          CookieExpirationPeriod: 'expiration',
        }}
        commands={[{ action: 'CreateLoadBalancerPolicy', params: policyRequest(name, values) }]}
        dryRun={(v) => dryRun(account, 'CreateLoadBalancerPolicy', policyRequest(name, v))}
        onSubmit={async (v) => {
          await step(t('lb.policy.createFailed'), () => create.mutateAsync(policyRequest(name, v)))
          onClose()
        }}
        submitLabel={t('lb.policy.create')}
        actions={
          <button type="button" className="btn" onClick={onClose}>
            {t('lb.cancel')}
          </button>
        }
      >
        <RadioGroupField
          control={form.control}
          name="type"
          label={t('lb.policy.kind')}
          options={[
            { value: 'load_balancer', label: t('lb.policy.kind.load_balancer') },
            { value: 'app', label: t('lb.policy.kind.app') },
          ]}
        />
        <TextField control={form.control} name="name" label={t('lb.policy.name')} maxLength={32} />
        {values.type === 'app' ? (
          <TextField
            control={form.control}
            name="cookie"
            label={t('lb.policy.cookieName')}
            hint={t('lb.policy.cookieHint')}
            maxLength={255}
          />
        ) : (
          <TextField
            control={form.control}
            name="expiration"
            label={t('lb.policy.expiration')}
            hint={t('lb.policy.expirationHint')}
          />
        )}
      </FormShell>
    </SideDialog>
  )
}
