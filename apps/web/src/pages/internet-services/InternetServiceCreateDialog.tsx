// Create an Internet service and, when a Net is chosen (or given by the Net's page), link it at once: what a Net
// needs before a route 0.0.0.0/0 can send its traffic to the internet. The igw_limit quota is checked and a DryRun
// offered; a Net that already has one is not offered.
import { useForm, useWatch } from 'react-hook-form'
import { useOscMutation } from '@osc-console/data'
import { useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { CreateDialog } from '../../forms/CreateDialog.tsx'
import { useQuotaCheck } from '../../forms/QuotaCheck.tsx'
import { checksResolver } from '../../forms/field-errors.ts'
import { SelectField } from '../../forms/fields.tsx'
import { step } from '../../forms/steps.ts'
import { nameTagProblem } from '../../forms/name-tag.ts'
import { allOf } from '../../ui/ActionButton.tsx'
import { readersChangedBy } from '../../kit/registry.ts'
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
  const network = useNetwork(account)
  const quota = useQuotaCheck(account, igwQuotaNeeds)
  const link = useOscMutation(account, 'LinkInternetService', {
    success: (_, params) => t('igw.linked', { net: params.NetId }),
    alsoInvalidates: readersChangedBy('LinkInternetService'),
  })
  const form = useForm<IgwForm>({
    defaultValues: { name: '', netId: fixedNet ?? '' },
    resolver: checksResolver<IgwForm>((v) => ({ name: nameTagProblem(v.name) }), t),
  })
  const netId = useWatch({ control: form.control, name: 'netId' })
  const free = network.nets.filter((n) => !network.internetServices.some((i) => i.NetId === n.NetId))
  return (
    <CreateDialog
      account={account}
      onClose={onClose}
      words="igw"
      action="CreateInternetService"
      request={() => ({})}
      createdId={(answer) => answer.InternetService?.InternetServiceId}
      newId={NEW_ID}
      section="internet-services"
      stayHere={Boolean(fixedNet)}
      form={form}
      fields={{ NetId: 'netId' }}
      allowed={
        netId ? allOf(can('CreateInternetService'), can('LinkInternetService')) : can('CreateInternetService')
      }
      quota={quota}
      after={{
        commands: (v) =>
          v.netId
            ? [{ action: 'LinkInternetService', params: { InternetServiceId: NEW_ID, NetId: v.netId } }]
            : [],
        run: async (id, v) => {
          if (v.netId)
            await step(t('igw.create.linkFailed'), () =>
              link.mutateAsync({ InternetServiceId: id, NetId: v.netId }),
            )
        },
      }}
      submitLabel={netId ? 'igw.create.submitAndLink' : 'igw.create.submit'}
    >
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
    </CreateDialog>
  )
}
