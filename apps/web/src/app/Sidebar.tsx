import { Link } from '@tanstack/react-router'
import { navGroupsFor } from './nav.ts'
import { useAccountId, useMe } from './account.ts'
import { paths } from '../paths.ts'
import { useT } from '../i18n/text.ts'

/** Always shown from 1024 px; below, only while `open`, over the page. */
export function Sidebar({ open }: { open: boolean }) {
  const account = useAccountId()
  const t = useT()
  const me = useMe()
  return (
    // The outer column carries the colour down the whole page; the navigation itself stays in view.
    <div
      id="sidebar"
      className={`w-56 shrink-0 border-r border-slate-200 bg-slate-50 lg:static lg:block dark:border-slate-800 dark:bg-slate-900 ${
        open ? 'fixed inset-y-0 left-0 z-40 block' : 'hidden'
      }`}
    >
      <nav aria-label={t('shell.resources')} className="sticky top-0 flex h-screen flex-col overflow-y-auto">
        <Link
          {...paths.home({ account })}
          className="flex items-center gap-2 px-4 py-4 text-base font-semibold"
        >
          <span aria-hidden="true" className="inline-block h-5 w-5 rounded-full border-4 border-blue-600" />
          {t('shell.productName')}
        </Link>
        {navGroupsFor(me, account).map((group) => (
          <div key={group.label} className="px-2 pb-3">
            <h2 className="px-2 pb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
              {t(group.label)}
            </h2>
            <ul>
              {group.items.map((item) => (
                <li key={item.section}>
                  <Link
                    {...paths.section({ account, section: item.section })}
                    className="flex items-center justify-between rounded px-2 py-1 text-sm text-slate-700 hover:bg-slate-200 dark:text-slate-300 dark:hover:bg-slate-800"
                    activeProps={{
                      className: 'bg-blue-100 font-medium text-blue-900 dark:bg-blue-950 dark:text-blue-100',
                      'aria-current': 'page',
                    }}
                    activeOptions={{ includeSearch: false }}
                  >
                    {t(item.label)}
                    {!item.built && (
                      <span className="text-[10px] text-slate-600 dark:text-slate-400">
                        {t('shell.soon')}
                      </span>
                    )}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </nav>
    </div>
  )
}
