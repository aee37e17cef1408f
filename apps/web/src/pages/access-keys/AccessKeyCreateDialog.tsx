// Create an access key, with an optional expiration date and tag. OUTSCALE answers with its secret key, shown
// here exactly once with a copy button: it lives in this dialog's state only. CreateAccessKey is sensitive, so the
// answer is neither seeded in the query cache nor kept in the mutation cache, and the BFF's audit record holds the
// request (which carries no secret), never the answer.
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { useOscMutation } from '@osc-console/data'
import { useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { FormShell } from '../../forms/FormShell.tsx'
import { SideDialog } from '../../forms/SideDialog.tsx'
import { checksResolver } from '../../forms/field-errors.ts'
import { TextField } from '../../forms/fields.tsx'
import { dryRun, step } from '../../forms/steps.ts'
import { SecretField, SecretOnce } from '../../forms/SecretOnce.tsx'
import { CopyButton } from '../../ui/CopyButton.tsx'
import { accessKeyFormProblems, accessKeyRequest, today, type AccessKeyForm } from './access-key-rules.ts'

interface Created {
  id: string
  secret: string
}

/** `userName`: the EIM user the key is for; the account's own key without it. */
export function AccessKeyCreateDialog({
  account,
  userName,
  onClose,
}: {
  account: string
  userName?: string
  onClose: () => void
}) {
  const t = useT()
  const allowed = useCan()('CreateAccessKey')
  const create = useOscMutation(account, 'CreateAccessKey', { success: false })
  const [created, setCreated] = useState<Created | undefined>()
  const close = () => {
    create.reset()
    setCreated(undefined)
    onClose()
  }
  return (
    <SideDialog
      title={userName ? t('keys.create.titleFor', { user: userName }) : t('keys.create.title')}
      closeLabel={t('keys.close')}
      onClose={close}
    >
      {!allowed.allowed ? (
        <p className="text-sm">
          {t('keys.create.notAllowed')} <span className="muted">{allowed.reason}</span>
        </p>
      ) : created ? (
        <AccessKeyOnce created={created} onClose={close} />
      ) : (
        <CreateForm
          account={account}
          userName={userName}
          onCancel={close}
          send={async (v) => {
            const answer = await create.mutateAsync(accessKeyRequest(v, userName))
            setCreated({ id: answer.AccessKey?.AccessKeyId ?? '', secret: answer.AccessKey?.SecretKey ?? '' })
          }}
        />
      )}
    </SideDialog>
  )
}

function CreateForm({
  account,
  userName,
  onCancel,
  send,
}: {
  account: string
  userName: string | undefined
  onCancel: () => void
  send: (v: AccessKeyForm) => Promise<void>
}) {
  const t = useT()
  const form = useForm<AccessKeyForm>({
    defaultValues: { tag: '', expires: '' },
    resolver: checksResolver<AccessKeyForm>((v) => accessKeyFormProblems(v, new Date()), t),
  })
  return (
    <FormShell
      form={form}
      label={t('keys.create.title')}
      fields={{ ExpirationDate: 'expires', Tag: 'tag' }}
      commands={[{ action: 'CreateAccessKey', params: accessKeyRequest(form.getValues(), userName) }]}
      dryRun={(v) => dryRun(account, 'CreateAccessKey', accessKeyRequest(v, userName))}
      onSubmit={(v) => step(t('keys.create.failed'), () => send(v))}
      submitLabel={t('keys.create.submit')}
      actions={
        <button type="button" className="btn" onClick={onCancel}>
          {t('keys.cancel')}
        </button>
      }
    >
      <p className="muted">{t('keys.create.intro')}</p>
      <TextField
        control={form.control}
        name="tag"
        label={t('keys.create.tag')}
        hint={t('keys.create.tag.hint')}
        maxLength={255}
      />
      <TextField
        control={form.control}
        name="expires"
        type="date"
        min={today(new Date())}
        label={t('keys.create.expires')}
        hint={t('keys.create.expires.hint')}
      />
    </FormShell>
  )
}

function AccessKeyOnce({ created, onClose }: { created: Created; onClose: () => void }) {
  const t = useT()
  return (
    <SecretOnce
      heading={t('keys.created.heading')}
      warning={t('keys.created.warning')}
      doneLabel={t('keys.created.done')}
      onDone={onClose}
      doneIsPrimary
    >
      <SecretField label={t('keys.created.id')} value={created.id}>
        <CopyButton text={created.id} label={t('keys.created.copyId')} />
      </SecretField>
      <SecretField label={t('keys.created.secret')} value={created.secret}>
        <CopyButton text={created.secret} label={t('keys.created.copySecret')} />
      </SecretField>
    </SecretOnce>
  )
}
