import { useLocation, useNavigate } from '@tanstack/react-router'
import { useMe, useAccountId, useCurrentAccount } from './account.ts'
import { setTheme, useTheme, type ThemeChoice } from './theme.ts'
import { UserMenu } from './UserMenu.tsx'
import { CommandPalette } from './CommandPalette.tsx'

export function TopBar({ menuOpen, onMenu }: { menuOpen: boolean; onMenu: () => void }) {
  const me = useMe()
  const accountId = useAccountId()
  const account = useCurrentAccount()
  const navigate = useNavigate()
  const location = useLocation()
  const theme = useTheme()
  return (
    <header className="sticky top-0 z-30 flex h-13 shrink-0 items-center gap-3 border-b border-slate-200 bg-white px-4 max-sm:gap-1.5 max-sm:px-2 dark:border-slate-800 dark:bg-slate-950">
      <button
        type="button"
        className="btn lg:hidden"
        aria-expanded={menuOpen}
        aria-controls="sidebar"
        onClick={onMenu}
      >
        Menu
      </button>
      <label className="flex items-center gap-2 text-sm">
        <span className="muted max-[1100px]:sr-only">Account</span>
        <select
          className="input w-60 max-md:w-40 max-sm:w-24"
          value={accountId}
          onChange={(event) => {
            // Stay on the same kind of page in the other account; resource ids do not carry over.
            const section = location.pathname.split('/')[2] ?? 'vms'
            void navigate({ to: '/$account/$section', params: { account: event.target.value, section } })
          }}
        >
          {me?.accounts.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name} — {a.region}
            </option>
          ))}
        </select>
      </label>
      {account && (
        <span
          className="rounded bg-slate-100 px-2 py-0.5 font-mono text-xs whitespace-nowrap max-md:hidden dark:bg-slate-800"
          title="Region"
        >
          {account.region}
        </span>
      )}
      <div className="flex-1" />
      <CommandPalette />
      <label className="flex items-center gap-2 text-sm">
        <span className="sr-only">Theme</span>
        <select
          className="input w-28 max-sm:w-24"
          value={theme}
          aria-label="Theme"
          onChange={(event) => setTheme(event.target.value as ThemeChoice)}
        >
          <option value="system">System</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
      </label>
      <UserMenu />
    </header>
  )
}
