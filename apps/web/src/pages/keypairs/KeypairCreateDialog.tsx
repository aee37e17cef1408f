// Create a keypair: OUTSCALE generates it and answers with its private key, which this dialog offers for download
// exactly once. The key lives in this dialog's state only: not in the query cache (CreateKeypair is sensitive,
// so its answer is not seeded there and leaves the mutation cache once the dialog is gone), not in storage.
import { useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { useOscMutation } from '@osc-console/data'
import { useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { downloadText } from '../../table/csv.ts'
import { FormShell } from '../../forms/FormShell.tsx'
import { SideDialog } from '../../forms/SideDialog.tsx'
import { SecretField, SecretOnce } from '../../forms/SecretOnce.tsx'
import { checksResolver } from '../../forms/field-errors.ts'
import { KeypairNameField } from './KeypairNameField.tsx'
import { dryRun, step } from '../../forms/steps.ts'
import { keypairNameProblem } from './forms/keypair-format.ts'

export interface KeypairDialogProps {
  account: string
  open: boolean
  onClose(): void
  /** Told the new keypair's name, for a form that wants to select it. */
  onCreated?(name: string): void
}

interface CreateKeypairForm {
  name: string
}

interface Created {
  name: string
  privateKey: string
}

export function KeypairCreateDialog(props: KeypairDialogProps) {
  // Closed, the dialog is unmounted: the private key goes with its state.
  return props.open ? <CreateKeypair {...props} /> : null
}

function CreateKeypair({ account, onClose, onCreated }: KeypairDialogProps) {
  const t = useT()
  const allowed = useCan()('CreateKeypair')
  const create = useOscMutation(account, 'CreateKeypair', { success: false })
  const [created, setCreated] = useState<Created | undefined>()
  const close = () => {
    create.reset()
    setCreated(undefined)
    onClose()
  }
  return (
    <SideDialog title={t('keypairForms.create.title')} closeLabel={t('keypairForms.close')} onClose={close}>
      {!allowed.allowed ? (
        <p className="text-sm">
          {t('keypairForms.notAllowed')} <span className="muted">{allowed.reason}</span>
        </p>
      ) : created ? (
        <PrivateKeyOnce created={created} onClose={close} />
      ) : (
        <CreateKeypairForm
          account={account}
          onCancel={close}
          send={(name) => create.mutateAsync({ KeypairName: name })}
          onCreated={(keypair) => {
            setCreated(keypair)
            onCreated?.(keypair.name)
          }}
        />
      )}
    </SideDialog>
  )
}

function CreateKeypairForm({
  account,
  onCancel,
  send,
  onCreated,
}: {
  account: string
  onCancel: () => void
  send: (name: string) => Promise<{ Keypair?: { KeypairName?: string; PrivateKey?: string } }>
  onCreated: (created: Created) => void
}) {
  const t = useT()
  const form = useForm<CreateKeypairForm>({
    defaultValues: { name: '' },
    resolver: checksResolver<CreateKeypairForm>((values) => ({ name: keypairNameProblem(values.name) }), t),
  })
  const name = useWatch({ control: form.control, name: 'name' }).trim()
  return (
    <FormShell
      form={form}
      label={t('keypairForms.create.title')}
      fields={{ KeypairName: 'name' }}
      commands={[{ action: 'CreateKeypair', params: { KeypairName: name } }]}
      dryRun={(values) => dryRun(account, 'CreateKeypair', { KeypairName: values.name.trim() })}
      onSubmit={async (values) => {
        const answer = await step(t('keypairForms.create.failed'), () => send(values.name.trim()))
        onCreated({
          name: answer.Keypair?.KeypairName ?? values.name.trim(),
          privateKey: answer.Keypair?.PrivateKey ?? '',
        })
      }}
      submitLabel={
        form.formState.isSubmitting ? t('keypairForms.create.sending') : t('keypairForms.create.submit')
      }
      actions={
        <button type="button" className="btn" onClick={onCancel}>
          {t('keypairForms.cancel')}
        </button>
      }
    >
      <p className="muted">{t('keypairForms.create.intro')}</p>
      <KeypairNameField control={form.control} />
    </FormShell>
  )
}

function PrivateKeyOnce({ created, onClose }: { created: Created; onClose: () => void }) {
  const t = useT()
  const [downloaded, setDownloaded] = useState(false)
  const file = `${created.name}.pem`
  return (
    <SecretOnce
      heading={t('keypairForms.created.heading', { name: created.name })}
      warning={t('keypairForms.created.warning')}
      doneLabel={downloaded ? t('keypairForms.created.done') : t('keypairForms.created.closeWithout')}
      onDone={onClose}
    >
      <SecretField
        label={t('keypairForms.created.privateKey', { name: created.name })}
        value={created.privateKey}
        multiline
      >
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => {
            downloadText(file, created.privateKey, 'application/x-pem-file')
            setDownloaded(true)
          }}
        >
          {t('keypairForms.created.download', { file })}
        </button>
      </SecretField>
      {downloaded && (
        <p role="status" className="text-green-800 dark:text-green-300">
          {t('keypairForms.created.downloaded', { file })}
        </p>
      )}
    </SecretOnce>
  )
}
