// Request a Net peering: from a Net of the account to another of its Nets (picked from a list), or to a Net of
// another OUTSCALE account (its ids typed in). The latter makes the account's Nets reachable from outside it, so
// it is for admins only: the form says so and does not send it for other roles (the BFF would refuse it anyway).
import { useForm, useWatch } from 'react-hook-form'
import { useQuery } from '@tanstack/react-query'
import type { Net } from '@osc-console/osc-api'
import { useCan, useCurrentAccount } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { CreateDialog } from '../../forms/CreateDialog.tsx'
import { checksResolver } from '../../forms/field-errors.ts'
import { SelectField, TextField } from '../../forms/fields.tsx'
import { nameTagProblem } from '../../forms/name-tag.ts'
import { allOf, reasonText } from '../../ui/ActionButton.tsx'
import { listQuery } from '../../kit/queries.ts'
import { itemsOf } from '../../kit/descriptor.ts'
import { netResource } from '../../kit/registry.ts'
import { netOptions } from '../nets/net-data.ts'
import { outsidePeeringRule, peeringFormProblems, peeringRequest, type PeeringForm } from './peering-rules.ts'

export function NetPeeringCreateDialog({ account, onClose }: { account: string; onClose: () => void }) {
  const t = useT()
  const can = useCan()
  const current = useCurrentAccount()
  const nets = itemsOf<Net>(netResource, useQuery(listQuery(netResource, account)).data)
  const form = useForm<PeeringForm>({
    defaultValues: { name: '', sourceNetId: '', accepterOwnerId: '', accepterNetId: '' },
    resolver: checksResolver<PeeringForm>(
      (v) => ({ ...peeringFormProblems(v), name: nameTagProblem(v.name) }),
      t,
    ),
  })
  const values = useWatch({ control: form.control }) as PeeringForm
  const outside = values.accepterOwnerId.trim() !== ''
  const mayGoOutside = outsidePeeringRule(values, current)
  const outsideReason = reasonText(mayGoOutside, t)
  return (
    <CreateDialog
      account={account}
      onClose={onClose}
      words="peer"
      action="CreateNetPeering"
      request={peeringRequest}
      createdId={(answer) => answer.NetPeering?.NetPeeringId}
      newId="<new Net peering id>"
      section="net-peerings"
      form={form}
      fields={{
        SourceNetId: 'sourceNetId',
        AccepterNetId: 'accepterNetId',
        AccepterOwnerId: 'accepterOwnerId',
      }}
      allowed={allOf(can('CreateNetPeering'), can('ReadNets'))}
      check={outsideReason ? { allowed: false, reason: outsideReason } : undefined}
    >
      <SelectField
        control={form.control}
        name="sourceNetId"
        label={t('peer.create.source')}
        empty={t('peer.create.choose')}
        options={netOptions(nets)}
      />
      <TextField
        control={form.control}
        name="accepterOwnerId"
        label={t('peer.create.owner')}
        hint={t('peer.create.owner.hint')}
        maxLength={12}
      />
      {outside ? (
        <TextField
          control={form.control}
          name="accepterNetId"
          label={t('peer.create.accepter')}
          hint={t('peer.create.accepter.outsideHint')}
          placeholder="vpc-12345678"
          maxLength={12}
        />
      ) : (
        <SelectField
          control={form.control}
          name="accepterNetId"
          label={t('peer.create.accepter')}
          empty={t('peer.create.choose')}
          options={netOptions(nets.filter((n) => n.NetId !== values.sourceNetId))}
        />
      )}
      {outsideReason && (
        <p role="note" className="text-sm text-amber-900 dark:text-amber-200">
          {outsideReason}
        </p>
      )}
      {outside && mayGoOutside.allowed && (
        <p role="note" className="text-sm">
          {t('peer.create.outsideNote', { account: values.accepterOwnerId.trim() })}
        </p>
      )}
    </CreateDialog>
  )
}
