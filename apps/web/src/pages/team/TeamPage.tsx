// The team page: why a person holds each role (the binding that gives it), what every role allows in words
// counted from the role model, who is signed in, and ending a session now. Admins see the people and sessions on
// the accounts they administer; bindings are changed in the configuration file, never here.
import { useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import { Link, getRouteApi } from '@tanstack/react-router'
import { teamQuery, useEndSessions } from '@osc-console/data'
import type { TeamBinding, TeamRole, TeamSession, TeamView } from '@osc-console/osc-api'
import { PageState } from '../../kit/PageState.tsx'
import { PageHeader } from '../../ui/PageHeader.tsx'
import { RefreshButton } from '../../ui/RefreshButton.tsx'
import { Dialog } from '../../ui/Dialog.tsx'
import { ErrorPanel } from '../../ui/ErrorPanel.tsx'
import { Section } from '../../kit/Section.tsx'
import { PlainTable } from '../../kit/PlainTable.tsx'
import { pushToast } from '../../app/toasts.tsx'
import { useFormatters } from '../../i18n/format.ts'
import { useT, type Translate } from '../../i18n/text.ts'

const route = getRouteApi('/$account/team')

const accountsText = (t: Translate, accounts: string[]) =>
  accounts.includes('*') ? t('team.roles.allAccounts') : accounts.join(', ')

function bindingText(t: Translate, b: TeamBinding) {
  return t('team.access.binding', { group: b.group, role: b.role, accounts: accountsText(t, b.accounts) })
}

function roleAllows(t: Translate, role: TeamRole): string {
  const parts = [
    t('team.roles.reads', role.reads),
    role.changes.allowed ? t('team.roles.changes', role.changes) : t('team.roles.noChanges'),
    role.readsSecrets ? t('team.roles.secrets') : t('team.roles.noSecrets'),
  ]
  if (role.changes.allowed && role.changes.allowed < role.changes.total)
    parts.push(t('team.roles.families', { families: role.changesFamilies.join(', ') }))
  if (role.allow)
    parts.push(
      t('team.roles.custom', {
        allow: role.allow.join(', '),
        deny: role.deny?.length ? t('team.roles.customDeny', { deny: role.deny.join(', ') }) : '',
      }),
    )
  return parts.join(' · ')
}

function Access({ view }: { view: TeamView }) {
  const t = useT()
  const refresh = view.groupsRefresh
  return (
    <Section title={t('team.access.title')}>
      {refresh.kind === 'local' ? (
        <p>{t('team.access.local')}</p>
      ) : (
        <p>
          {view.groups.length
            ? t('team.access.groups', { groups: view.groups.join(', ') })
            : t('team.access.noGroups')}
        </p>
      )}
      {refresh.kind === 'refresh' && (
        <p className="text-sm muted">{t('team.refresh.refresh', { minutes: refresh.everyMinutes })}</p>
      )}
      {refresh.kind === 'sign-in-only' && (
        <p className="text-sm muted">{t('team.refresh.signInOnly', { hours: refresh.sessionHours })}</p>
      )}
      {refresh.kind === 'per-request' && <p className="text-sm muted">{t('team.refresh.perRequest')}</p>}
      {view.access.length === 0 ? (
        <p>{t('team.access.none')}</p>
      ) : (
        <PlainTable
          framed={false}
          label={t('team.access.title')}
          columns={[t('team.access.col.account'), t('team.access.col.role'), t('team.access.col.binding')]}
        >
          {view.access.map((a) => (
            <tr key={`${a.accountId}-${a.role}`}>
              <td>{a.accountName}</td>
              <td className="font-medium">{a.role}</td>
              <td>{a.bindings.map((b) => bindingText(t, b)).join('; ')}</td>
            </tr>
          ))}
        </PlainTable>
      )}
    </Section>
  )
}

function Roles({ view }: { view: TeamView }) {
  const t = useT()
  return (
    <Section title={t('team.roles.title')}>
      <p className="text-sm muted">
        {t('team.roles.bindings')}{' '}
        {view.configFile
          ? t('team.roles.configFile', { file: view.configFile })
          : t('team.roles.configFileUnknown')}
      </p>
      <PlainTable
        framed={false}
        label={t('team.roles.title')}
        columns={[t('team.roles.col.group'), t('team.roles.col.role'), t('team.roles.col.accounts')]}
      >
        {view.bindings.map((b) => (
          <tr key={`${b.group}-${b.role}-${b.accounts.join()}`}>
            <td className="font-mono text-xs">{b.group}</td>
            <td>{b.role}</td>
            <td>{accountsText(t, b.accounts)}</td>
          </tr>
        ))}
      </PlainTable>
      <PlainTable
        framed={false}
        label={t('team.roles.col.allows')}
        columns={[t('team.roles.col.name'), t('team.roles.col.allows')]}
      >
        {view.roles.map((r) => (
          <tr key={r.name}>
            <td className="font-medium">{r.name}</td>
            <td>{roleAllows(t, r)}</td>
          </tr>
        ))}
      </PlainTable>
    </Section>
  )
}

function EndSessionDialog({ session, onClose }: { session: TeamSession; onClose: () => void }) {
  const t = useT()
  const f = useFormatters()
  const end = useEndSessions()
  const when = f.dateTime(session.createdAt)
  return (
    <Dialog title={t('team.sessions.confirm.title', { name: session.name })} onClose={onClose}>
      <div className="flex flex-col gap-3">
        <p>
          {session.current
            ? t('team.sessions.confirm.own')
            : t('team.sessions.confirm.body', { when, from: session.address ?? t('team.unknownPlace') })}
        </p>
        {end.error && <ErrorPanel error={end.error} />}
        <div className="flex justify-end gap-2">
          <button type="button" className="btn" onClick={onClose}>
            {t('kit.cancel')}
          </button>
          <button
            type="button"
            className="btn btn-danger"
            disabled={end.isPending}
            onClick={() =>
              end.mutate(session.id, {
                onSuccess: () => {
                  pushToast({ tone: 'success', title: t('team.sessions.ended') })
                  onClose()
                },
              })
            }
          >
            {t('team.sessions.end')}
          </button>
        </div>
      </div>
    </Dialog>
  )
}

function Sessions({ view }: { view: TeamView }) {
  const t = useT()
  const f = useFormatters()
  const endOthers = useEndSessions()
  const [ending, setEnding] = useState<TeamSession>()
  const others = view.sessions.some(
    (s) => !s.current && view.sessions.find((c) => c.current)?.subject === s.subject,
  )
  if (view.authMode !== 'oidc')
    return (
      <Section title={t('team.sessions.title')}>
        <p className="text-sm muted">
          {view.authMode === 'proxy' ? t('team.sessions.proxy') : t('team.access.local')}
        </p>
      </Section>
    )
  return (
    <Section
      title={t('team.sessions.title')}
      className="xl:col-span-2"
      action={
        <button
          type="button"
          className="btn"
          aria-disabled={!others || undefined}
          title={others ? undefined : t('team.sessions.noOthers')}
          onClick={() => {
            if (others)
              endOthers.mutate('others', {
                onSuccess: () => pushToast({ tone: 'success', title: t('team.sessions.endedOthers') }),
              })
          }}
        >
          {t('team.sessions.endOthers')}
        </button>
      }
    >
      {endOthers.error && <ErrorPanel error={endOthers.error} />}
      {view.sessions.length === 0 ? (
        <p>{t('team.sessions.none')}</p>
      ) : (
        <PlainTable
          framed={false}
          label={t('team.sessions.title')}
          columns={[
            t('team.sessions.col.person'),
            t('team.sessions.col.signedIn'),
            t('team.sessions.col.lastSeen'),
            t('team.sessions.col.from'),
          ]}
          actions={t('team.sessions.end')}
        >
          {view.sessions.map((s) => (
            <tr key={s.id}>
              <td>
                {s.name}
                {s.current && <span className="ml-2 text-xs muted">({t('team.sessions.current')})</span>}
              </td>
              <td className="whitespace-nowrap">{f.dateTime(s.createdAt)}</td>
              <td className="whitespace-nowrap">{f.dateTime(s.lastSeenAt)}</td>
              <td className="max-w-72">
                <span className="font-mono text-xs">{s.address ?? '—'}</span>
                {s.browser && (
                  <span className="block truncate text-xs muted" title={s.browser}>
                    {s.browser}
                  </span>
                )}
              </td>
              <td>
                <button
                  type="button"
                  className="btn"
                  aria-label={t('team.sessions.endLabel', { name: s.name, when: f.dateTime(s.createdAt) })}
                  onClick={() => setEnding(s)}
                >
                  {t('team.sessions.end')}
                </button>
              </td>
            </tr>
          ))}
        </PlainTable>
      )}
      {ending && <EndSessionDialog session={ending} onClose={() => setEnding(undefined)} />}
    </Section>
  )
}

function People({ view, account }: { view: TeamView; account: string }) {
  const t = useT()
  const f = useFormatters()
  if (!view.people) return null
  return (
    <Section title={t('team.people.title')} className="xl:col-span-2">
      <p className="text-sm muted">{t('team.people.intro')}</p>
      {view.people.length === 0 ? (
        <p>{t('team.people.none')}</p>
      ) : (
        <PlainTable
          framed={false}
          label={t('team.people.title')}
          columns={[
            t('team.people.col.person'),
            t('team.people.col.lastSignIn'),
            t('team.people.col.groups'),
            t('team.people.col.roles'),
            t('team.people.col.sessions'),
          ]}
        >
          {view.people.map((p) => (
            <tr key={p.subject}>
              <td>
                <span className="block">{p.name}</span>
                <Link
                  to="/$account/audit"
                  params={{ account }}
                  search={{ person: p.subject }}
                  className="text-xs underline"
                >
                  {t('team.people.audit')}
                </Link>
              </td>
              <td className="whitespace-nowrap">{f.dateTime(p.lastSignInAt)}</td>
              <td className="font-mono text-xs">{p.groups.join(', ') || '—'}</td>
              <td>{p.roles.map((r) => `${r.accountId}: ${r.roles.join('+')}`).join('; ')}</td>
              <td>{f.number(p.activeSessions)}</td>
            </tr>
          ))}
        </PlainTable>
      )}
    </Section>
  )
}

export default function TeamPage() {
  const { account } = route.useParams()
  const t = useT()
  const query = useQuery(teamQuery())
  return (
    <div className="flex flex-col gap-4 p-6">
      <PageHeader title={t('team.title')} description={t('team.description')}>
        <RefreshButton
          className="shrink-0"
          onRefresh={() => void query.refetch()}
          refreshing={query.isFetching}
        />
      </PageHeader>
      {query.error && !query.data ? (
        <PageState kind="error" error={query.error} onRetry={() => void query.refetch()} />
      ) : !query.data ? (
        <PageState kind="loading" label={t('team.loading')} />
      ) : (
        <div className="grid gap-4 xl:grid-cols-2">
          <Access view={query.data} />
          <Roles view={query.data} />
          <Sessions view={query.data} />
          <People view={query.data} account={account} />
        </div>
      )}
    </div>
  )
}
