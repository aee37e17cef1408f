// Allocate a public IP: the ip_limit quota checked before sending, a DryRun offered, an optional Name tag, and the
// plain statement that the address is billed from now on, attached or not. The new address's page opens at once,
// ready to be attached.
import { useForm } from 'react-hook-form'
import { useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { CreateDialog, type NamedForm } from '../../forms/CreateDialog.tsx'
import { useQuotaCheck } from '../../forms/QuotaCheck.tsx'
import { checksResolver } from '../../forms/field-errors.ts'
import { nameTagProblem } from '../../forms/name-tag.ts'
import { publicIpQuotaNeeds } from './public-ip-rules.ts'

export function PublicIpAllocateDialog({ account, onClose }: { account: string; onClose: () => void }) {
  const t = useT()
  const can = useCan()
  const quota = useQuotaCheck(account, publicIpQuotaNeeds)
  const form = useForm<NamedForm>({
    defaultValues: { name: '' },
    resolver: checksResolver<NamedForm>((v) => ({ name: nameTagProblem(v.name) }), t),
  })
  return (
    <CreateDialog
      account={account}
      onClose={onClose}
      words="publicIps"
      action="CreatePublicIp"
      request={() => ({})}
      createdId={(answer) => answer.PublicIp?.PublicIpId}
      doneValues={(answer) => ({ address: answer.PublicIp?.PublicIp ?? '' })}
      newId="<new public IP id>"
      section="public-ips"
      form={form}
      fields={{}}
      allowed={can('CreatePublicIp')}
      quota={quota}
      nameHint="publicIps.create.name.hint"
      beforeName={
        <p
          role="note"
          className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200"
        >
          {t('publicIps.billedWhileIdle')}
        </p>
      }
    />
  )
}
