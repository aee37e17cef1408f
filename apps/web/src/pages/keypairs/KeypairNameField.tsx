import type { Control, FieldPath } from 'react-hook-form'
import { useT } from '../../i18n/text.ts'
import { TextField } from '../../forms/fields.tsx'

/** The name a keypair is created or imported under: the same field, hint and limit in both dialogs. */
export function KeypairNameField<T extends { name: string }>({ control }: { control: Control<T> }) {
  const t = useT()
  return (
    <TextField
      control={control}
      // Every form this field serves has a `name`; TypeScript cannot see that through the generic.
      name={'name' as FieldPath<T>}
      label={t('keypairForms.name')}
      hint={t('keypairForms.name.hint')}
      maxLength={255}
      placeholder="my-laptop"
    />
  )
}
