// The request a dialog is about to send, as commands a person can run themselves. No credential is ever
// printed: the commands read the person's own keys from the environment.
import { curlCommand, oscCliCommand } from '@osc-console/data'
import { useCurrentAccount } from '../app/account.ts'
import { CopyButton } from './CopyButton.tsx'
import { useT } from '../i18n/text.ts'

export function CommandPreview({ action, params }: { action: string; params: object }) {
  const account = useCurrentAccount()
  const t = useT()
  const region = account?.region ?? 'eu-west-2'
  const cli = oscCliCommand(action, params)
  const curl = curlCommand(action, params, region)
  return (
    <details className="mt-3 text-sm">
      <summary className="cursor-pointer text-blue-700 dark:text-blue-300">{t('kit.command.show')}</summary>
      <div className="mt-2 flex flex-col gap-2">
        {[
          ['osc-cli', cli],
          ['curl', curl],
        ].map(([title, text]) => (
          <div key={title}>
            <div className="flex items-center justify-between">
              <h3 className="text-xs font-semibold">{title}</h3>
              <CopyButton text={text ?? ''} label={t('kit.command.copy', { tool: title ?? '' })} />
            </div>
            <pre className="mt-1 max-h-48 overflow-auto rounded bg-slate-100 p-2 font-mono text-xs dark:bg-slate-800">
              {text}
            </pre>
          </div>
        ))}
        <p className="text-xs muted">{t('kit.command.keys')}</p>
      </div>
    </details>
  )
}
