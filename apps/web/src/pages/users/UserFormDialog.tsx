// Create an EIM user, or change one's name, path and email address. A renamed user keeps its id, so its page stays
// where it is.
import { useForm, useWatch } from 'react-hook-form'
import { useNavigate } from '@tanstack/react-router'
import type { User } from '@osc-console/osc-api'
import { useOscMutation } from '@osc-console/data'
import { useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { FormShell } from '../../forms/FormShell.tsx'
import { SideDialog } from '../../forms/SideDialog.tsx'
import { checksResolver } from '../../forms/field-errors.ts'
import { TextField } from '../../forms/fields.tsx'
import { dryRun, step } from '../../forms/steps.ts'
import { userResource as d } from '../../kit/registry.ts'
import { paths } from '../../paths.ts'
import {
  createUserRequest,
  updateUserRequest,
  userFormOf,
  userFormProblems,
  type UserForm,
} from './user-rules.ts'

const FIELDS = {
  UserName: 'name',
  NewUserName: 'name',
  Path: 'path',
  NewPath: 'path',
  UserEmail: 'email',
  NewUserEmail: 'email',
} as const

export function UserFormDialog({
  account,
  user,
  onClose,
}: {
  account: string
  user?: User
  onClose: () => void
}) {
  const t = useT()
  const navigate = useNavigate()
  const action = user ? 'UpdateUser' : 'CreateUser'
  const allowed = useCan()(action)
  const create = useOscMutation(account, 'CreateUser', {
    success: (data) => t('users.created', { name: data.User?.UserName ?? '' }),
  })
  const update = useOscMutation(account, 'UpdateUser', {
    success: (data) => t('users.updated', { name: data.User?.UserName ?? '' }),
  })
  const form = useForm<UserForm>({
    defaultValues: userFormOf(user),
    resolver: checksResolver<UserForm>(userFormProblems, t),
  })
  const values = useWatch({ control: form.control }) as UserForm
  const title = user ? t('users.edit.title', { name: user.UserName ?? '' }) : t('users.create.title')
  const request = user ? updateUserRequest(user, values) : createUserRequest(values)
  return (
    <SideDialog title={title} closeLabel={t('users.close')} onClose={onClose}>
      {!allowed.allowed ? (
        <p className="text-sm">
          {t('users.form.notAllowed')} <span className="muted">{allowed.reason}</span>
        </p>
      ) : (
        <FormShell
          form={form}
          label={title}
          fields={FIELDS}
          commands={[{ action, params: request }]}
          dryRun={(v) =>
            user
              ? dryRun(account, 'UpdateUser', updateUserRequest(user, v))
              : dryRun(account, 'CreateUser', createUserRequest(v))
          }
          onSubmit={async (v) => {
            if (user) {
              await step(t('users.edit.failed'), () => update.mutateAsync(updateUserRequest(user, v)))
              onClose()
              return
            }
            const answer = await step(t('users.create.failed'), () =>
              create.mutateAsync(createUserRequest(v)),
            )
            onClose()
            const id = answer.User?.UserId
            if (id) void navigate(paths.resource({ account, section: d.section, id }))
          }}
          submitLabel={user ? t('users.edit.submit') : t('users.create.submit')}
          actions={
            <button type="button" className="btn" onClick={onClose}>
              {t('users.cancel')}
            </button>
          }
        >
          <TextField
            control={form.control}
            name="name"
            label={t('users.form.name')}
            hint={t('users.form.name.hint')}
            maxLength={64}
          />
          <TextField
            control={form.control}
            name="path"
            label={t('users.form.path')}
            hint={t('users.form.path.hint')}
            maxLength={512}
            placeholder="/"
          />
          <TextField
            control={form.control}
            name="email"
            label={t('users.form.email')}
            hint={t('users.form.email.hint')}
            maxLength={255}
          />
        </FormShell>
      )}
    </SideDialog>
  )
}
