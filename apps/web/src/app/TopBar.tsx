import { Link, useLocation, useNavigate } from '@tanstack/react-router'
import { useMe, useAccountId, useCurrentAccount } from './account.ts'
import { ThemeSelect } from './ThemeSelect.tsx'
import { UserMenu } from './UserMenu.tsx'
import { CommandPalette } from './CommandPalette.tsx'
import { useT } from '../i18n/text.ts'
import { LanguageSelect } from './LanguageSelect.tsx'
import { hiddenWhenNarrow, inBarWhenWide, labelWhenRoomy, shownWhenRoomy } from './top-bar-widths.ts'

/** The switcher's choice that opens every account at once; not an account id (those are lower-case slugs). */
const ALL_ACCOUNTS = '*all'

export function TopBar({ menuOpen, onMenu }: { menuOpen: boolean; onMenu: (() => void) | undefined }) {
  const me = useMe()
  const accountId = useAccountId()
  const account = useCurrentAccount()
  const navigate = useNavigate()
  const location = useLocation()
  const t = useT()
  const accountText = account
    ? t('shell.accountOption', { name: account.name, region: account.region })
    : t('shell.allAccounts')
  return (
    <header className="@container sticky top-0 z-30 flex h-13 shrink-0 items-center gap-3 border-b border-slate-200 bg-white px-4 max-sm:gap-1.5 max-sm:px-2 dark:border-slate-800 dark:bg-slate-950">
      {onMenu && (
        <button
          type="button"
          className="btn lg:hidden"
          aria-expanded={menuOpen}
          aria-controls="sidebar"
          onClick={onMenu}
        >
          {t('shell.menu')}
        </button>
      )}
      <label className="flex min-w-0 items-center gap-2 text-sm">
        <span className={`muted ${labelWhenRoomy}`}>{t('shell.account')}</span>
        <select
          className="input w-64 truncate @max-3xl:w-40 @max-2xl:w-24"
          // A narrow select cuts the account's name: the whole of it shows on hover.
          title={accountText}
          value={accountId || ALL_ACCOUNTS}
          onChange={(event) => {
            // Stay on the same kind of page in the other account; resource ids do not carry over.
            const account = event.target.value
            if (account === ALL_ACCOUNTS) return void navigate({ to: '/all' })
            const section = accountId ? location.pathname.split('/')[2] : undefined
            void navigate(
              section
                ? { to: '/$account/$section', params: { account, section } }
                : { to: '/$account', params: { account } },
            )
          }}
        >
          {me?.accounts.map((a) => (
            <option key={a.id} value={a.id}>
              {t('shell.accountOption', { name: a.name, region: a.region })}
            </option>
          ))}
          {(me?.accounts.length ?? 0) > 1 && <option value={ALL_ACCOUNTS}>{t('shell.allAccounts')}</option>}
        </select>
      </label>
      {(me?.accounts.length ?? 0) > 1 && (
        <Link
          to="/all"
          className={`text-sm whitespace-nowrap text-blue-700 underline-offset-2 hover:underline dark:text-blue-300 ${hiddenWhenNarrow}`}
          activeProps={{ 'aria-current': 'page', className: 'font-semibold' }}
        >
          {t('shell.allAccounts')}
        </Link>
      )}
      {account && (
        <span
          className={`rounded bg-slate-100 px-2 py-0.5 font-mono text-xs whitespace-nowrap dark:bg-slate-800 ${shownWhenRoomy}`}
          title={t('shell.region')}
        >
          {account.region}
        </span>
      )}
      <div className="flex-1" />
      <CommandPalette />
      <ThemeSelect className={`w-28 ${inBarWhenWide}`} />
      <LanguageSelect className={`w-auto max-w-44 ${inBarWhenWide}`} />
      <UserMenu />
    </header>
  )
}
