// Create a security group: name, description, and the Net it belongs to (or the public cloud), with the sg_limit
// quota checked before sending and a DryRun offered. The new group opens at once, ready for its rules.
import { useForm, useWatch } from 'react-hook-form'
import { useQuery } from '@tanstack/react-query'
import { useNavigate } from '@tanstack/react-router'
import { oscQueryAll, useOscMutation } from '@osc-console/data'
import type { SecurityGroup } from '@osc-console/osc-api'
import { useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { FormShell } from '../../forms/FormShell.tsx'
import { SideDialog } from '../../forms/SideDialog.tsx'
import { QuotaSummary, useQuotaCheck } from '../../forms/QuotaCheck.tsx'
import { checksResolver } from '../../forms/field-errors.ts'
import { SelectField, TextField } from '../../forms/fields.tsx'
import { dryRun, step } from '../../forms/steps.ts'
import { allOf } from '../../ui/ActionButton.tsx'
import { listQuery } from '../../kit/queries.ts'
import { itemsOf } from '../../kit/descriptor.ts'
import { securityGroupResource } from '../../kit/registry.ts'
import { paths } from '../../paths.ts'
import {
  createGroupRequest,
  descriptionProblem,
  groupNameProblem,
  groupQuotaNeeds,
  type CreateGroupForm,
} from './sg-create.ts'

export function SgCreateDialog({ account, onClose }: { account: string; onClose: () => void }) {
  const t = useT()
  const can = useCan()
  const navigate = useNavigate()
  const nets = useQuery(oscQueryAll(account, 'ReadNets', {}))
  const groups = useQuery(listQuery(securityGroupResource, account))
  const existing: SecurityGroup[] = itemsOf(securityGroupResource, groups.data)
  const quota = useQuotaCheck(account, groupQuotaNeeds)
  const create = useOscMutation(account, 'CreateSecurityGroup', {
    success: (_, params) => t('sg.create.done', { name: params.SecurityGroupName }),
  })
  const form = useForm<CreateGroupForm>({
    defaultValues: { name: '', description: '', netId: '' },
    resolver: checksResolver<CreateGroupForm>(
      (values) => ({
        name: groupNameProblem(
          values.name,
          existing.filter((g) => (g.NetId ?? '') === values.netId).map((g) => g.SecurityGroupName ?? ''),
        ),
        description: descriptionProblem(values.description),
      }),
      t,
    ),
  })
  const values = useWatch({ control: form.control }) as CreateGroupForm
  const allowed = can('CreateSecurityGroup')
  return (
    <SideDialog title={t('sg.create.title')} closeLabel={t('sg.close')} onClose={onClose}>
      {!allowed.allowed ? (
        <p className="text-sm">
          {t('sg.create.notAllowed')} <span className="muted">{allowed.reason}</span>
        </p>
      ) : (
        <FormShell
          form={form}
          label={t('sg.create.title')}
          fields={{ SecurityGroupName: 'name', Description: 'description', NetId: 'netId' }}
          commands={[{ action: 'CreateSecurityGroup', params: createGroupRequest(values) }]}
          check={allOf(allowed, quota.check)}
          dryRun={(v) => dryRun(account, 'CreateSecurityGroup', createGroupRequest(v))}
          onSubmit={async (v) => {
            const answer = await step(t('sg.create.failed'), () => create.mutateAsync(createGroupRequest(v)))
            onClose()
            const id = answer.SecurityGroup?.SecurityGroupId
            if (id) void navigate(paths.resource({ account, section: 'security-groups', id }))
          }}
          submitLabel={t('sg.create.submit')}
          actions={
            <button type="button" className="btn" onClick={onClose}>
              {t('sg.cancel')}
            </button>
          }
        >
          <p className="muted">{t('sg.create.intro')}</p>
          <TextField
            control={form.control}
            name="name"
            label={t('sg.create.name')}
            hint={t('sg.create.name.hint')}
            maxLength={255}
          />
          <TextField
            control={form.control}
            name="description"
            label={t('sg.create.description')}
            hint={t('sg.create.description.hint')}
            maxLength={255}
          />
          <SelectField
            control={form.control}
            name="netId"
            label={t('sg.create.net')}
            hint={t('sg.create.net.hint')}
            empty={t('sg.publicCloud')}
            options={(nets.data?.Nets ?? []).map((n) => ({
              value: n.NetId ?? '',
              label: t('sg.create.netOption', {
                name: n.Tags?.find((tag) => tag.Key === 'Name')?.Value ?? n.NetId ?? '',
                id: n.NetId ?? '',
                range: n.IpRange ?? '',
              }),
            }))}
          />
          <QuotaSummary quota={quota} />
        </FormShell>
      )}
    </SideDialog>
  )
}
