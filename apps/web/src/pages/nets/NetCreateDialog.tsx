// Create a Net: a name (its Name tag) and an address range from /16 to /28, with the vpc_limit quota checked and a
// DryRun offered. OUTSCALE gives every new Net its main route table; its page opens at once, ready for Subnets.
import { useForm } from 'react-hook-form'
import type { CreateNetRequest } from '@osc-console/osc-api'
import { useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { CreateDialog } from '../../forms/CreateDialog.tsx'
import { useQuotaCheck } from '../../forms/QuotaCheck.tsx'
import { checksResolver } from '../../forms/field-errors.ts'
import { CidrField } from '../../forms/fields.tsx'
import { nameTagProblem } from '../../forms/name-tag.ts'
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
  const quota = useQuotaCheck(account, netQuotaNeeds)
  const form = useForm<NetForm>({
    defaultValues: { name: '', ipRange: '10.0.0.0/16' },
    resolver: checksResolver<NetForm>(
      (v) => ({ name: nameTagProblem(v.name), ipRange: netRangeProblem(v.ipRange) }),
      t,
    ),
  })
  return (
    <CreateDialog
      account={account}
      onClose={onClose}
      words="nets"
      action="CreateNet"
      request={request}
      createdId={(answer) => answer.Net?.NetId}
      newId="<new Net id>"
      section="nets"
      form={form}
      fields={{ IpRange: 'ipRange' }}
      allowed={can('CreateNet')}
      quota={quota}
    >
      <CidrField
        control={form.control}
        name="ipRange"
        label={t('nets.create.range')}
        hint={t('nets.create.range.hint')}
      />
    </CreateDialog>
  )
}
