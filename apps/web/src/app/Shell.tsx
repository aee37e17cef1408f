// The frame around every account page: sidebar by family, top bar with account switcher, palette, theme and
// user menu, and a skip link for keyboard users. The document scrolls (sidebar and top bar stay put), so the
// browser's find, scroll restoration and full-page screenshots see the whole page.
import { Outlet } from '@tanstack/react-router'
import { Sidebar } from './Sidebar.tsx'
import { TopBar } from './TopBar.tsx'

export function Shell() {
  return (
    <div className="flex min-h-screen min-w-[1024px]">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:p-2"
      >
        Skip to content
      </a>
      <Sidebar />
      <div className="flex min-w-0 flex-1 flex-col">
        <TopBar />
        <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
          <Outlet />
        </main>
      </div>
    </div>
  )
}
