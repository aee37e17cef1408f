// Create-VM section that picks the account's keypair, or creates or imports one on the spot (the new keypair is
// then chosen); the private key of a created one is offered once, by the keypair dialog.
import { useState } from 'react'
import type { Control } from 'react-hook-form'
import { useQuery } from '@tanstack/react-query'
import { oscQueryAll } from '@osc-console/data'
import { useT } from '../../i18n/text.ts'
import { ActionButton } from '../../ui/ActionButton.tsx'
import { useCan } from '../../app/account.ts'
import { SelectField } from '../../forms/fields.tsx'
import { KeypairCreateDialog } from '../keypairs/KeypairCreateDialog.tsx'
import { KeypairImportDialog } from '../keypairs/KeypairImportDialog.tsx'
import type { CreateVmForm } from './vm-create-form.ts'

export function KeypairPicker({
  account,
  control,
  onCreated,
}: {
  account: string
  control: Control<CreateVmForm>
  onCreated: (name: string) => void
}) {
  const t = useT()
  const can = useCan()
  const keypairs = useQuery(oscQueryAll(account, 'ReadKeypairs', {}))
  const [open, setOpen] = useState<'create' | 'import' | undefined>()
  const dialog = { account, onClose: () => setOpen(undefined), onCreated }
  return (
    <div className="flex flex-col gap-2 text-sm">
      <SelectField
        control={control}
        name="keypairName"
        label={t('vmForms.keypair.label')}
        empty={t('vmForms.keypair.none')}
        options={(keypairs.data?.Keypairs ?? []).map((k) => ({
          value: k.KeypairName ?? '',
          label: k.KeypairName ?? '',
        }))}
      />
      <div className="flex gap-2">
        <ActionButton check={can('CreateKeypair')} onClick={() => setOpen('create')}>
          {t('vmForms.keypair.create')}
        </ActionButton>
        <ActionButton check={can('CreateKeypair')} onClick={() => setOpen('import')}>
          {t('vmForms.keypair.import')}
        </ActionButton>
      </div>
      <KeypairCreateDialog {...dialog} open={open === 'create'} />
      <KeypairImportDialog {...dialog} open={open === 'import'} />
    </div>
  )
}
