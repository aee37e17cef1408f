import { BackLink } from '../../kit/BackLink.tsx'
import { useT } from '../../i18n/text.ts'
import { paths } from '../../paths.ts'

/** The link above a VM page's title, back to the account's VM list. */
export function BackToVms({ account }: { account: string }) {
  const t = useT()
  return <BackLink to={paths.vms({ account })} label={t('nav.vms')} />
}
