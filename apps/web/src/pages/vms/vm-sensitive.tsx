// Console output and the Windows admin password: sensitive reads, fetched only when the person asks, and only
// offered to roles that allow them.
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import type { Vm } from '@osc-console/osc-api'
import { oscQuery } from '@osc-console/data'
import { ActionButton, allOf } from '../../ui/ActionButton.tsx'
import { ErrorPanel } from '../../ui/ErrorPanel.tsx'
import { CopyButton } from '../../ui/CopyButton.tsx'
import { useCan } from '../../app/account.ts'
import { vmCan } from './vm-rules.ts'
import { text, useT } from '../../i18n/text.ts'

export function decodeBase64Text(value: string): string {
  try {
    const bytes = Uint8Array.from(atob(value), (c) => c.charCodeAt(0))
    return new TextDecoder().decode(bytes)
  } catch {
    return value
  }
}

export function VmConsoleOutput({ vm, account }: { vm: Vm; account: string }) {
  const t = useT()
  const can = useCan()
  const [asked, setAsked] = useState(false)
  const check = allOf(can('ReadConsoleOutput'), vmCan.readConsole(vm))
  const query = useQuery({
    ...oscQuery(account, 'ReadConsoleOutput', { VmId: vm.VmId ?? '' }),
    enabled: asked && check.allowed,
    staleTime: 0,
    gcTime: 0,
  })
  const output = query.data?.ConsoleOutput ? decodeBase64Text(query.data.ConsoleOutput) : undefined
  return (
    <div className="card flex flex-col gap-2 p-4 text-sm">
      <div className="flex gap-2">
        <ActionButton
          check={check}
          busy={query.isFetching}
          onClick={() => (asked ? void query.refetch() : setAsked(true))}
        >
          {t(asked ? 'vms.sensitive.reloadConsole' : 'vms.sensitive.showConsole')}
        </ActionButton>
      </div>
      {query.error && <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />}
      {asked && query.isSuccess && (
        <pre className="max-h-[28rem] overflow-auto rounded bg-slate-900 p-3 font-mono text-xs text-slate-100">
          {output || t('vms.sensitive.emptyConsole')}
        </pre>
      )}
    </div>
  )
}

export function VmAdminPassword({ vm, account }: { vm: Vm; account: string }) {
  const t = useT()
  const can = useCan()
  const [asked, setAsked] = useState(false)
  const windows = (vm.OsFamily ?? '').toLowerCase().includes('windows')
  const check = allOf(
    can('ReadAdminPassword'),
    windows ? { allowed: true } : { allowed: false, reason: text('vms.sensitive.onlyWindows') },
  )
  const query = useQuery({
    ...oscQuery(account, 'ReadAdminPassword', { VmId: vm.VmId ?? '' }),
    enabled: asked && check.allowed,
    staleTime: 0,
    gcTime: 0,
  })
  const password = query.data?.AdminPassword
  return (
    <div className="card flex flex-col gap-2 p-4 text-sm">
      <p className="muted">
        {t('vms.sensitive.passwordEncrypted', {
          keypair: vm.KeypairName ?? t('vms.sensitive.noKeypair'),
        })}{' '}
        <code className="font-mono">
          base64 -d | openssl pkeyutl -decrypt -inkey {vm.KeypairName ?? 'key'}.pem
        </code>
      </p>
      <div>
        <ActionButton check={check} busy={query.isFetching} onClick={() => setAsked(true)}>
          {t('vms.sensitive.showPassword')}
        </ActionButton>
      </div>
      {query.error && <ErrorPanel error={query.error} />}
      {asked &&
        query.isSuccess &&
        (password ? (
          <div className="flex items-start gap-2">
            <pre className="flex-1 overflow-auto rounded bg-slate-100 p-2 font-mono text-xs break-all whitespace-pre-wrap dark:bg-slate-800">
              {password}
            </pre>
            <CopyButton text={password} label={t('vms.sensitive.copyPassword')} />
          </div>
        ) : (
          <p>{t('vms.sensitive.passwordNotYet')}</p>
        ))}
    </div>
  )
}
