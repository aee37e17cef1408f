// Import a keypair: the person gives the public key of a key pair they already have. The key's format is checked
// before sending; what OUTSCALE still refuses (a key it cannot read, a name already used) shows on the field.
import { useForm, useWatch } from 'react-hook-form'
import { useOscMutation } from '@osc-console/data'
import { useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { FormShell } from '../../forms/FormShell.tsx'
import { SideDialog } from '../../forms/SideDialog.tsx'
import { checksResolver } from '../../forms/field-errors.ts'
import { TextareaField } from '../../forms/fields.tsx'
import { KeypairNameField } from './KeypairNameField.tsx'
import { dryRun, step } from '../../forms/steps.ts'
import { encodePublicKey, keypairNameProblem, publicKeyProblem } from './forms/keypair-format.ts'
import type { KeypairDialogProps } from './KeypairCreateDialog.tsx'

interface ImportKeypairForm {
  name: string
  publicKey: string
}

const request = (values: ImportKeypairForm) => ({
  KeypairName: values.name.trim(),
  PublicKey: encodePublicKey(values.publicKey),
})

export function KeypairImportDialog(props: KeypairDialogProps) {
  return props.open ? <ImportKeypair {...props} /> : null
}

function ImportKeypair({ account, onClose, onCreated }: KeypairDialogProps) {
  const t = useT()
  const allowed = useCan()('CreateKeypair')
  const create = useOscMutation(account, 'CreateKeypair', {
    success: (_, params) => t('keypairForms.import.done', { name: params.KeypairName }),
  })
  const form = useForm<ImportKeypairForm>({
    defaultValues: { name: '', publicKey: '' },
    resolver: checksResolver<ImportKeypairForm>(
      (values) => ({ name: keypairNameProblem(values.name), publicKey: publicKeyProblem(values.publicKey) }),
      t,
    ),
  })
  const values = useWatch({ control: form.control }) as ImportKeypairForm
  return (
    <SideDialog title={t('keypairForms.import.title')} closeLabel={t('keypairForms.close')} onClose={onClose}>
      {!allowed.allowed ? (
        <p className="text-sm">
          {t('keypairForms.notAllowed')} <span className="muted">{allowed.reason}</span>
        </p>
      ) : (
        <FormShell
          form={form}
          label={t('keypairForms.import.title')}
          fields={{ KeypairName: 'name', PublicKey: 'publicKey' }}
          commands={[{ action: 'CreateKeypair', params: request(values) }]}
          dryRun={(values) => dryRun(account, 'CreateKeypair', request(values))}
          onSubmit={async (values) => {
            await step(t('keypairForms.import.failed'), () => create.mutateAsync(request(values)))
            onCreated?.(values.name.trim())
            onClose()
          }}
          submitLabel={t('keypairForms.import.submit')}
          actions={
            <button type="button" className="btn" onClick={onClose}>
              {t('keypairForms.cancel')}
            </button>
          }
        >
          <p className="muted">{t('keypairForms.import.intro')}</p>
          <KeypairNameField control={form.control} />
          <TextareaField
            control={form.control}
            name="publicKey"
            label={t('keypairForms.publicKey')}
            hint={t('keypairForms.publicKey.hint')}
            placeholder="ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA… me@laptop"
            rows={5}
            monospace
          />
        </FormShell>
      )}
    </SideDialog>
  )
}
