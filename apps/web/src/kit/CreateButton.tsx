// A list page's create button and the form it opens: the button follows the person's role, and the form (with the
// form library) is loaded on the first click, not with the list.
import { Suspense, useState, type ComponentType } from 'react'
import type { ActionName } from '@osc-console/osc-api'
import { useCan } from '../app/account.ts'
import type { MessageId } from '../i18n/catalog.ts'
import { useT } from '../i18n/text.ts'
import { ActionButton } from '../ui/ActionButton.tsx'

export interface CreateFormProps {
  account: string
  onClose: () => void
}

export function CreateButton({
  action,
  label,
  form: Form,
  account,
}: {
  /** The call the form sends: the button is disabled, with the reason, for a role that may not make it. */
  action: ActionName
  label: MessageId
  /** A lazy component: its chunk loads when the button is first pressed. */
  form: ComponentType<CreateFormProps>
  account: string
}) {
  const can = useCan()
  const t = useT()
  const [open, setOpen] = useState(false)
  return (
    <>
      <ActionButton check={can(action)} variant="primary" onClick={() => setOpen(true)}>
        {t(label)}
      </ActionButton>
      {open && (
        <Suspense fallback={null}>
          <Form account={account} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  )
}
