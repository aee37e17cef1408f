// The frame around every account page: sidebar by family, top bar with account switcher, palette, theme and
// user menu, and a skip link for keyboard users. The document scrolls (sidebar and top bar stay put), so the
// browser's find, scroll restoration and full-page screenshots see the whole page. Below 1024 px the sidebar
// gives its width to the page and opens from the top bar's Menu button, over the page.
import { useEffect, useState } from 'react'
import { Outlet, useLocation } from '@tanstack/react-router'
import { Sidebar } from './Sidebar.tsx'
import { TopBar } from './TopBar.tsx'
import { useT } from '../i18n/text.ts'
import { useAccountId } from './account.ts'

export function Shell() {
  const t = useT()
  const [menuOpen, setMenuOpen] = useState(false)
  const { pathname } = useLocation()
  // All accounts at once has no account whose families the sidebar could open: the switcher is its navigation.
  const hasSidebar = useAccountId() !== ''
  // Choosing a page closes the menu; so does Escape, which gives the focus back to the Menu button.
  useEffect(() => setMenuOpen(false), [pathname])
  useEffect(() => {
    if (!menuOpen) return
    document.querySelector<HTMLElement>('#sidebar a')?.focus()
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      setMenuOpen(false)
      document.querySelector<HTMLElement>('[aria-controls="sidebar"]')?.focus()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [menuOpen])
  return (
    <div className="flex min-h-screen min-w-[20rem]">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:p-2"
      >
        {t('shell.skipToContent')}
      </a>
      {hasSidebar && <Sidebar open={menuOpen} />}
      {hasSidebar && menuOpen && (
        <button
          type="button"
          aria-label={t('shell.closeMenu')}
          className="fixed inset-0 z-[35] bg-slate-900/40 lg:hidden"
          onClick={() => setMenuOpen(false)}
        />
      )}
      <div className="flex min-w-0 flex-1 flex-col">
        <TopBar menuOpen={menuOpen} onMenu={hasSidebar ? () => setMenuOpen((open) => !open) : undefined} />
        <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
          <Outlet />
        </main>
      </div>
    </div>
  )
}
