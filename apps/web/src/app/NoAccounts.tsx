import { useT } from '../i18n/text.ts'

export default function NoAccounts() {
  const t = useT()
  return (
    <div className="mx-auto max-w-2xl p-8">
      <h1 className="mb-2 text-xl font-semibold">{t('noAccounts.title')}</h1>
      <p className="muted">{t('noAccounts.body')}</p>
    </div>
  )
}
