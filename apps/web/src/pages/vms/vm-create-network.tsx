// Create-VM section for where the VM lives: public cloud (a subregion) or a Net and subnet, and the
// security groups of that place.
import { useState } from 'react'
import { useWatch, type UseFormReturn } from 'react-hook-form'
import { useQuery } from '@tanstack/react-query'
import { oscQueryAll } from '@osc-console/data'
import { useT } from '../../i18n/text.ts'
import { CheckboxGroupField, RadioGroupField, SelectField } from '../../forms/fields.tsx'
import type { CreateVmForm } from './vm-create-form.ts'
import { useCan } from '../../app/account.ts'
import { ActionButton, allOf, allowed } from '../../ui/ActionButton.tsx'
import { SgCreateDialog } from '../security-groups/SgCreateDialog.tsx'

export function NetworkSection({ account, form }: { account: string; form: UseFormReturn<CreateVmForm> }) {
  const t = useT()
  const can = useCan()
  const [creatingGroup, setCreatingGroup] = useState(false)
  const { control, setValue } = form
  const [placement, netId] = useWatch({ control, name: ['placement', 'netId'] })
  const nets = useQuery(oscQueryAll(account, 'ReadNets', {}))
  const subnets = useQuery({
    ...oscQueryAll(account, 'ReadSubnets', { Filters: { NetIds: [netId] } }),
    enabled: placement === 'net' && !!netId,
  })
  const subregions = useQuery(oscQueryAll(account, 'ReadSubregions', {}))
  const groups = useQuery(oscQueryAll(account, 'ReadSecurityGroups', {}))
  const inScope = (groups.data?.SecurityGroups ?? []).filter((g) =>
    placement === 'net' ? g.NetId === netId : !g.NetId,
  )
  // Security groups belong to one place: those chosen for another would be refused.
  const clearGroups = () => setValue('securityGroupIds', [])
  return (
    <div className="flex flex-col gap-3 text-sm">
      <RadioGroupField
        control={control}
        name="placement"
        label={t('vmForms.network.placement')}
        row
        options={[
          { value: 'public', label: t('vmForms.network.public') },
          { value: 'net', label: t('vmForms.network.net') },
        ]}
        onValueChange={clearGroups}
      />
      {placement === 'public' ? (
        <SelectField
          control={control}
          name="subregion"
          label={t('vmForms.network.subregion')}
          empty={t('vmForms.network.anySubregion')}
          options={(subregions.data?.Subregions ?? []).map((s) => ({
            value: s.SubregionName ?? '',
            label: s.SubregionName ?? '',
          }))}
        />
      ) : (
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          <SelectField
            control={control}
            name="netId"
            label={t('vmForms.network.netLabel')}
            empty={t('vmForms.network.chooseNet')}
            options={(nets.data?.Nets ?? []).map((n) => ({
              value: n.NetId ?? '',
              label: t('vmForms.network.netOption', {
                name: n.Tags?.find((tag) => tag.Key === 'Name')?.Value ?? n.NetId ?? '',
                range: n.IpRange ?? '',
              }),
            }))}
            onValueChange={() => {
              setValue('subnetId', '')
              clearGroups()
            }}
          />
          <SelectField
            control={control}
            name="subnetId"
            label={t('vmForms.network.subnet')}
            empty={t('vmForms.network.chooseSubnet')}
            disabled={!netId}
            options={(subnets.data?.Subnets ?? []).map((s) => ({
              value: s.SubnetId ?? '',
              label: t('vmForms.network.subnetOption', {
                id: s.SubnetId ?? '',
                range: s.IpRange ?? '',
                subregion: s.SubregionName ?? '',
              }),
            }))}
          />
          {(nets.data?.Nets ?? []).length === 0 && nets.isSuccess && (
            <p className="muted sm:col-span-2">{t('vmForms.network.noNet')}</p>
          )}
        </div>
      )}
      <CheckboxGroupField
        control={control}
        name="securityGroupIds"
        label={t('vmForms.securityGroups')}
        empty={groups.isSuccess ? t('vmForms.network.noGroup') : undefined}
        options={inScope.map((g) => ({
          value: g.SecurityGroupId ?? '',
          label: (
            <>
              {g.SecurityGroupName} <span className="font-mono text-xs muted">{g.SecurityGroupId}</span>
              <span className="text-xs muted">{g.Description}</span>
            </>
          ),
        }))}
      />
      <div>
        <ActionButton
          check={allOf(
            can('CreateSecurityGroup'),
            placement === 'net' && !netId
              ? { allowed: false, reason: t('vmForms.network.chooseNetFirst') }
              : allowed,
          )}
          onClick={() => setCreatingGroup(true)}
        >
          {t('vmForms.network.createGroup')}
        </ActionButton>
      </div>
      {creatingGroup && (
        <SgCreateDialog
          account={account}
          fixedNet={placement === 'net' ? netId : ''}
          onClose={() => setCreatingGroup(false)}
          onCreated={(id) => setValue('securityGroupIds', [...form.getValues('securityGroupIds'), id])}
        />
      )}
    </div>
  )
}
