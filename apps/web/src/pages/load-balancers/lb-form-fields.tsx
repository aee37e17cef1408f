// The parts of a form that a load balancer's create form and its detail page share: a listener's fields (with
// the server certificate picked by name for HTTPS and SSL) and the health check's.
import { useQuery } from '@tanstack/react-query'
import { useWatch, type Control } from 'react-hook-form'
import { oscQuery } from '@osc-console/data'
import { useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { NumberField, SelectField, TextField } from '../../forms/fields.tsx'
import { HEALTH_CHECK_RANGES, LISTENER_PROTOCOLS, needsCertificate } from './lb-rules.ts'
import type { HealthCheckDraft, ListenerDraft } from './lb-forms.ts'

export interface ListenersPart {
  listeners: ListenerDraft[]
}

export interface HealthCheckPart {
  healthCheck: HealthCheckDraft
}

const protocolOptions = LISTENER_PROTOCOLS.map((p) => ({ value: p, label: p }))

/** The account's server certificates by name; the value is the ORN a listener names. */
function useCertificateOptions(account: string, wanted: boolean) {
  const check = useCan()('ReadServerCertificates')
  const query = useQuery({
    ...oscQuery(account, 'ReadServerCertificates', {}),
    enabled: wanted && check.allowed,
  })
  const options = (query.data?.ServerCertificates ?? []).map((c) => ({
    value: c.Orn ?? '',
    label: c.Name ?? c.Id ?? '',
  }))
  return { options, check, loading: query.isPending && check.allowed, error: query.error }
}

export function ListenerFields({
  account,
  control,
  index,
}: {
  account: string
  control: Control<ListenersPart>
  index: number
}) {
  const t = useT()
  const protocol = useWatch({ control, name: `listeners.${index}.protocol` })
  const tls = needsCertificate(protocol ?? '')
  const certificates = useCertificateOptions(account, tls)
  const n = { n: index + 1 }
  return (
    <div className="flex flex-wrap items-start gap-3">
      <SelectField
        control={control}
        name={`listeners.${index}.protocol`}
        label={t('lb.listener.protocolN', n)}
        options={protocolOptions}
      />
      <NumberField
        control={control}
        name={`listeners.${index}.port`}
        label={t('lb.listener.portN', n)}
        min={1}
        max={65535}
      />
      <span className="self-center pt-5" aria-hidden>
        →
      </span>
      <SelectField
        control={control}
        name={`listeners.${index}.backendProtocol`}
        label={t('lb.listener.backendProtocolN', n)}
        options={protocolOptions}
      />
      <NumberField
        control={control}
        name={`listeners.${index}.backendPort`}
        label={t('lb.listener.backendPortN', n)}
        min={1}
        max={65535}
      />
      {tls && (
        <SelectField
          control={control}
          name={`listeners.${index}.certificate`}
          label={t('lb.listener.certificateN', n)}
          options={certificates.options}
          empty={t('lb.listener.certificate.pick')}
          hint={
            !certificates.check.allowed
              ? certificates.check.reason
              : certificates.error
                ? t('lb.listener.certificate.readFailed')
                : !certificates.loading && certificates.options.length === 0
                  ? t('lb.listener.certificate.none')
                  : undefined
          }
        />
      )}
    </div>
  )
}

export function HealthCheckFields({ control }: { control: Control<HealthCheckPart> }) {
  const t = useT()
  const protocol = useWatch({ control, name: 'healthCheck.Protocol' })
  const range = (field: keyof typeof HEALTH_CHECK_RANGES) => ({
    min: HEALTH_CHECK_RANGES[field].min,
    max: HEALTH_CHECK_RANGES[field].max,
    hint: t('lb.healthCheck.rangeHint', HEALTH_CHECK_RANGES[field]),
  })
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-start gap-3">
        <SelectField
          control={control}
          name="healthCheck.Protocol"
          label={t('lb.healthCheck.protocolLabel')}
          options={protocolOptions}
        />
        <NumberField
          control={control}
          name="healthCheck.Port"
          label={t('lb.healthCheck.port')}
          {...range('Port')}
        />
        {['HTTP', 'HTTPS'].includes((protocol ?? '').toUpperCase()) && (
          <TextField
            control={control}
            name="healthCheck.Path"
            label={t('lb.healthCheck.pathLabel')}
            placeholder="/health"
            className="font-mono"
          />
        )}
      </div>
      <div className="flex flex-wrap items-start gap-3">
        <NumberField
          control={control}
          name="healthCheck.CheckInterval"
          label={t('lb.healthCheck.interval')}
          {...range('CheckInterval')}
        />
        <NumberField
          control={control}
          name="healthCheck.Timeout"
          label={t('lb.healthCheck.timeout')}
          {...range('Timeout')}
        />
        <NumberField
          control={control}
          name="healthCheck.HealthyThreshold"
          label={t('lb.healthCheck.healthy')}
          {...range('HealthyThreshold')}
        />
        <NumberField
          control={control}
          name="healthCheck.UnhealthyThreshold"
          label={t('lb.healthCheck.unhealthy')}
          {...range('UnhealthyThreshold')}
        />
      </div>
    </div>
  )
}
