import { Link, useParams } from '@tanstack/react-router'
import { findNavItem } from './nav.ts'
import { paths } from '../paths.ts'
import { useT } from '../i18n/text.ts'

export default function ComingSoon() {
  const { account, section } = useParams({ strict: false }) as { account: string; section: string }
  const item = findNavItem(section)
  const t = useT()
  const page = item ? t(item.label) : section
  return (
    <div className="p-6">
      <h1 className="text-xl font-semibold">{page}</h1>
      <div className="mt-6 card flex flex-col items-center gap-2 p-10 text-center">
        <p className="text-base font-medium">{t('shell.comingSoon.title', { page })}</p>
        <p className="max-w-md muted text-sm">
          {t('shell.comingSoon.body', { description: item ? t(item.description) : '' })}
        </p>
        <Link {...paths.vms({ account })} className="btn mt-2">
          {t('shell.comingSoon.goToVms')}
        </Link>
      </div>
    </div>
  )
}
