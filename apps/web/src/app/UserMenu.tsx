import { useState } from 'react'
import { apiRequest, toApiError } from '@osc-console/data'
import { useMe, useCurrentAccount } from './account.ts'
import { Popover } from '../ui/Popover.tsx'
import { ActionButton } from '../ui/ActionButton.tsx'
import { pushToast } from './toasts.tsx'
import { sessionRedirect } from './session-redirect.ts'
import { FormattedMessage } from '../i18n/intl.tsx'
import { useT } from '../i18n/text.ts'
import { LanguageSelect } from './LanguageSelect.tsx'
import { ThemeSelect } from './ThemeSelect.tsx'
import { clearSessionForms } from '../forms/drafts.ts'
import { PersonIcon } from './top-bar-icons.tsx'
import { iconWhenNarrow, inMenuWhenNarrow, textWhenNotNarrow } from './top-bar-widths.ts'

export function UserMenu() {
  const me = useMe()
  const account = useCurrentAccount()
  const [signingOut, setSigningOut] = useState(false)
  const t = useT()
  const name = me?.user.name ?? me?.user.email ?? me?.user.subject ?? t('user.signedIn')
  const signOut = async () => {
    setSigningOut(true)
    // Before the logout call: a refresh that gets a 401 meanwhile must not go to sign in and beat the IdP.
    sessionRedirect.hold()
    // The next person at this browser must find none of this person's unsent input.
    clearSessionForms()
    try {
      const { body } = await apiRequest<{ redirect?: string }>('/auth/logout', { method: 'POST', body: {} })
      window.location.assign(body.redirect ?? '/')
    } catch (error) {
      const apiError = toApiError(error)
      sessionRedirect.release()
      pushToast({ tone: 'error', title: apiError.message, copyText: apiError.copyText, error: apiError })
      setSigningOut(false)
    }
  }
  return (
    <Popover
      label={t('user.menu', { name })}
      buttonText={
        <>
          <PersonIcon className={iconWhenNarrow} />
          <span className={`inline-block max-w-48 truncate align-bottom ${textWhenNotNarrow}`}>{name}</span>
        </>
      }
    >
      <div className="flex w-64 flex-col gap-2 p-3 text-sm">
        <div>
          <p className="font-medium">{name}</p>
          {me?.user.email && <p className="muted">{me.user.email}</p>}
        </div>
        {account && (
          <p>
            <FormattedMessage
              id="user.roleOn"
              values={{
                account: account.name,
                role: account.role,
                strong: (chunks) => <strong>{chunks}</strong>,
              }}
            />
          </p>
        )}
        {me?.user.groups.length ? (
          <p className="muted">{t('user.groups', { groups: me.user.groups.join(', ') })}</p>
        ) : null}
        <ThemeSelect className={`w-full ${inMenuWhenNarrow}`} />
        <LanguageSelect className={`w-full ${inMenuWhenNarrow}`} />
        <ActionButton
          check={
            me?.authMode === 'none' ? { allowed: false, reason: t('user.signInOff') } : { allowed: true }
          }
          busy={signingOut}
          onClick={() => void signOut()}
        >
          {t('user.signOut')}
        </ActionButton>
      </div>
    </Popover>
  )
}
