// Link an Internet service to a Net: only Nets without one are offered, as OUTSCALE allows one per Net.
import { useForm, useWatch } from 'react-hook-form'
import { useOscMutation } from '@osc-console/data'
import type { InternetService } from '@osc-console/osc-api'
import { useCan } from '../../app/account.ts'
import { text, useT } from '../../i18n/text.ts'
import { FormShell } from '../../forms/FormShell.tsx'
import { SideDialog } from '../../forms/SideDialog.tsx'
import { checksResolver } from '../../forms/field-errors.ts'
import { SelectField } from '../../forms/fields.tsx'
import { dryRun, step } from '../../forms/steps.ts'
import { readersChangedBy } from '../../kit/registry.ts'
import { netOptions, useNetwork } from '../nets/net-data.ts'

interface LinkForm {
  netId: string
}

export function InternetServiceLinkDialog({
  account,
  igw,
  onClose,
}: {
  account: string
  igw: InternetService
  onClose: () => void
}) {
  const t = useT()
  const allowed = useCan()('LinkInternetService')
  const network = useNetwork(account)
  const id = igw.InternetServiceId ?? ''
  const link = useOscMutation(account, 'LinkInternetService', {
    success: (_, params) => t('igw.linked', { net: params.NetId }),
    alsoInvalidates: readersChangedBy('LinkInternetService'),
  })
  const form = useForm<LinkForm>({
    defaultValues: { netId: '' },
    resolver: checksResolver<LinkForm>(
      (v) => ({ netId: v.netId ? undefined : text('igw.link.chooseNet') }),
      t,
    ),
  })
  const netId = useWatch({ control: form.control, name: 'netId' })
  const request = (net: string) => ({ InternetServiceId: id, NetId: net })
  const free = network.nets.filter((n) => !network.internetServices.some((i) => i.NetId === n.NetId))
  return (
    <SideDialog title={t('igw.link.title', { id })} closeLabel={t('igw.close')} onClose={onClose}>
      <FormShell
        form={form}
        label={t('igw.link.title', { id })}
        fields={{ NetId: 'netId' }}
        commands={[{ action: 'LinkInternetService', params: request(netId) }]}
        check={allowed}
        dryRun={(v) => dryRun(account, 'LinkInternetService', request(v.netId))}
        onSubmit={async (v) => {
          await step(t('igw.link.failed'), () => link.mutateAsync(request(v.netId)))
          onClose()
        }}
        submitLabel={t('igw.link.submit')}
        actions={
          <button type="button" className="btn" onClick={onClose}>
            {t('igw.cancel')}
          </button>
        }
      >
        <SelectField
          control={form.control}
          name="netId"
          label={t('igw.create.net')}
          hint={t('igw.create.net.hint')}
          empty={t('igw.link.choose')}
          options={netOptions(free)}
        />
      </FormShell>
    </SideDialog>
  )
}
