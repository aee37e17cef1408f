// The explorer's index: every family and every call of the OUTSCALE API, searchable, each saying whether the
// person's role allows it here, each opening its generated form.
import { useId } from 'react'
import { Link, getRouteApi, useRouter } from '@tanstack/react-router'
import { actionNames, catalogue } from '@osc-console/osc-api'
import { useAccountId, useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { PageHeader } from '../../ui/PageHeader.tsx'
import { useDebouncedInput } from '../../ui/debounced-input.ts'
import { paths } from '../../paths.ts'
import { familiesOf, familyCount, type FamilyCalls } from './explorer-index.ts'
import type { ExplorerSearch } from './search.ts'

const route = getRouteApi('/$account/explorer')

export default function ExplorerPage() {
  const t = useT()
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const router = useRouter()
  const setQ = (q: string | undefined) => {
    // A call chosen just after typing may be loading its page: the search typed before must not bring the person back.
    if (router.state.status === 'pending') return
    void navigate({ search: (old: ExplorerSearch) => ({ ...old, q }), replace: true })
  }
  const [draft, setDraft] = useDebouncedInput(search.q, setQ)
  const families = familiesOf(search.q)
  const shown = families.reduce((sum, f) => sum + f.calls.length, 0)
  const searchId = useId()
  return (
    <div className="flex flex-col gap-4 p-6">
      <PageHeader title={t('explorer.title')} description={t('explorer.description')} />
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1 text-sm">
          <label htmlFor={searchId}>{t('explorer.search')}</label>
          <input
            id={searchId}
            type="search"
            className="input w-80 max-w-full"
            placeholder={t('explorer.search.placeholder')}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
          />
        </div>
        <p role="status" className="text-sm muted">
          {t('explorer.count', {
            shown,
            total: actionNames.length,
            families: families.length || familyCount,
          })}
        </p>
      </div>
      {families.length === 0 ? (
        <p className="text-sm">{t('explorer.none', { text: search.q ?? '' })}</p>
      ) : (
        <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
          {families.map((family) => (
            <FamilySection key={family.family} {...family} />
          ))}
        </div>
      )}
    </div>
  )
}

function FamilySection({ family, calls }: FamilyCalls) {
  const t = useT()
  const account = useAccountId()
  const can = useCan()
  const headingId = useId()
  return (
    <section aria-labelledby={headingId} className="card p-3">
      <h2 id={headingId} className="mb-2 font-mono text-sm font-semibold">
        {family}
      </h2>
      <ul aria-label={t('explorer.family', { family })} className="flex flex-col gap-1 text-sm">
        {calls.map((action) => {
          const info = catalogue[action]
          const check = can(action)
          return (
            <li key={action} className="flex flex-wrap items-baseline gap-x-2">
              <Link {...paths.explorerCall({ account, action })} className="link font-mono">
                {action}
              </Link>
              <span className="text-xs muted">
                {info.mutating ? t('explorer.kind.change') : t('explorer.kind.read')}
                {info.sensitive && ` · ${t('explorer.sensitive')}`}
              </span>
              <span
                className={`ml-auto text-xs ${check.allowed ? 'text-green-800 dark:text-green-300' : 'text-amber-800 dark:text-amber-300'}`}
                title={check.allowed ? undefined : check.reason}
              >
                {check.allowed ? t('explorer.allowed') : t('explorer.notAllowed')}
              </span>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
