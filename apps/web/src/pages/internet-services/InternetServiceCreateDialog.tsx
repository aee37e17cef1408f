// Create an Internet service and, when a Net is chosen (or given by the Net's page), link it at once: what a Net
// needs before a route 0.0.0.0/0 can send its traffic to the internet. The igw_limit quota is checked and a DryRun
// offered; a Net that already has one is not offered.
import { useForm, useWatch } from 'react-hook-form'
import { useNavigate } from '@tanstack/react-router'
import { useOscMutation } from '@osc-console/data'
import { useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { FormShell } from '../../forms/FormShell.tsx'
import { SideDialog } from '../../forms/SideDialog.tsx'
import { QuotaSummary, useQuotaCheck } from '../../forms/QuotaCheck.tsx'
import { checksResolver } from '../../forms/field-errors.ts'
import { SelectField, TextField } from '../../forms/fields.tsx'
import { dryRun, step } from '../../forms/steps.ts'
import { nameTagCommands, nameTagProblem, useNameTag } from '../../forms/name-tag.ts'
import { allOf } from '../../ui/ActionButton.tsx'
import { readersChangedBy } from '../../kit/registry.ts'
import { paths } from '../../paths.ts'
import { netOptions, useNetwork } from '../nets/net-data.ts'
import { igwQuotaNeeds } from './igw-rules.ts'

interface IgwForm {
  name: string
  netId: string
}

const NEW_ID = '<new Internet service id>'

export function InternetServiceCreateDialog({
  account,
  onClose,
  fixedNet,
}: {
  account: string
  onClose: () => void
  fixedNet?: string
}) {
  const t = useT()
  const can = useCan()
  const navigate = useNavigate()
  const network = useNetwork(account)
  const quota = useQuotaCheck(account, igwQuotaNeeds)
  const create = useOscMutation(account, 'CreateInternetService', {
    success: (data) => t('igw.create.done', { id: data.InternetService?.InternetServiceId ?? '' }),
  })
  const link = useOscMutation(account, 'LinkInternetService', {
    success: (_, params) => t('igw.linked', { net: params.NetId }),
    alsoInvalidates: readersChangedBy('LinkInternetService'),
  })
  const tagName = useNameTag(account)
  const form = useForm<IgwForm>({
    defaultValues: { name: '', netId: fixedNet ?? '' },
    resolver: checksResolver<IgwForm>((v) => ({ name: nameTagProblem(v.name) }), t),
  })
  const values = useWatch({ control: form.control }) as IgwForm
  const free = network.nets.filter((n) => !network.internetServices.some((i) => i.NetId === n.NetId))
  const allowed = values.netId
    ? allOf(can('CreateInternetService'), can('LinkInternetService'))
    : can('CreateInternetService')
  return (
    <SideDialog title={t('igw.create.title')} closeLabel={t('igw.close')} onClose={onClose}>
      {!allowed.allowed ? (
        <p className="text-sm">
          {t('igw.create.notAllowed')} <span className="muted">{allowed.reason}</span>
        </p>
      ) : (
        <FormShell
          form={form}
          label={t('igw.create.title')}
          fields={{ NetId: 'netId' }}
          commands={[
            { action: 'CreateInternetService', params: {} },
            ...nameTagCommands(values.name, NEW_ID),
            ...(values.netId
              ? [
                  {
                    action: 'LinkInternetService',
                    params: { InternetServiceId: NEW_ID, NetId: values.netId },
                  },
                ]
              : []),
          ]}
          check={allOf(allowed, quota.check)}
          dryRun={() => dryRun(account, 'CreateInternetService', {})}
          onSubmit={async (v) => {
            const answer = await step(t('igw.create.failed'), () => create.mutateAsync({}))
            const id = answer.InternetService?.InternetServiceId ?? ''
            await tagName(id, v.name)
            if (v.netId)
              await step(t('igw.create.linkFailed'), () =>
                link.mutateAsync({ InternetServiceId: id, NetId: v.netId }),
              )
            onClose()
            if (id && !fixedNet) void navigate(paths.resource({ account, section: 'internet-services', id }))
          }}
          submitLabel={values.netId ? t('igw.create.submitAndLink') : t('igw.create.submit')}
          actions={
            <button type="button" className="btn" onClick={onClose}>
              {t('igw.cancel')}
            </button>
          }
        >
          <p className="muted">{t('igw.create.intro')}</p>
          <TextField control={form.control} name="name" label={t('igw.create.name')} maxLength={255} />
          {fixedNet ? (
            <p>{t('igw.create.forNet', { net: fixedNet })}</p>
          ) : (
            <SelectField
              control={form.control}
              name="netId"
              label={t('igw.create.net')}
              hint={t('igw.create.net.hint')}
              empty={t('igw.create.noNet')}
              options={netOptions(free)}
            />
          )}
          <QuotaSummary quota={quota} />
        </FormShell>
      )}
    </SideDialog>
  )
}
