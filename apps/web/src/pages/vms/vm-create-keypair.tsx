// Create-VM section that picks the account's keypair, or creates one and hands its private key over once.
import { useState } from 'react'
import { useForm, useWatch, type Control } from 'react-hook-form'
import { useQuery } from '@tanstack/react-query'
import { oscQueryAll, useOscMutation } from '@osc-console/data'
import { useT } from '../../i18n/text.ts'
import { ErrorPanel } from '../../ui/ErrorPanel.tsx'
import { ActionButton, allOf } from '../../ui/ActionButton.tsx'
import { useCan } from '../../app/account.ts'
import { downloadText } from '../../table/csv.ts'
import { SelectField, TextField } from '../../forms/fields.tsx'
import { keypairNameProblem } from '../keypairs/forms/keypair-format.ts'
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
  const newKeypair = useForm({ defaultValues: { name: '' } })
  const newName = useWatch({ control: newKeypair.control, name: 'name' })
  const [downloaded, setDownloaded] = useState<string | undefined>()
  const create = useOscMutation(account, 'CreateKeypair', {
    success: false,
    onSuccess: (data) => {
      const name = data.Keypair?.KeypairName ?? newName
      // The private key exists only in this answer: hand it to the person once, keep no copy.
      if (data.Keypair?.PrivateKey)
        downloadText(`${name}.pem`, data.Keypair.PrivateKey, 'application/x-pem-file')
      setDownloaded(name)
      newKeypair.reset()
      onCreated(name)
    },
  })
  const nameProblem = keypairNameProblem(newName)
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
      <div className="flex items-end gap-2">
        <div className="flex-1">
          <TextField
            control={newKeypair.control}
            name="name"
            label={t('vmForms.keypair.newName')}
            placeholder="my-laptop"
          />
        </div>
        <ActionButton
          check={allOf(
            can('CreateKeypair'),
            nameProblem ? { allowed: false, reason: t('vmForms.keypair.typeName') } : { allowed: true },
          )}
          busy={create.isPending}
          onClick={() => create.mutate({ KeypairName: newName.trim() })}
        >
          {t('vmForms.keypair.create')}
        </ActionButton>
      </div>
      {downloaded && (
        <p role="status" className="text-green-800 dark:text-green-300">
          {t('vmForms.keypair.created', { name: downloaded })}
        </p>
      )}
      {create.error && <ErrorPanel error={create.error} />}
    </div>
  )
}
