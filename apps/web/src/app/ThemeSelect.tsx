import { useT } from '../i18n/text.ts'
import { setTheme, useTheme, type ThemeChoice } from './theme.ts'

/** Light, dark, or as the system says; kept in this browser. */
export function ThemeSelect({ className }: { className: string }) {
  const t = useT()
  const theme = useTheme()
  return (
    <select
      className={`input ${className}`}
      value={theme}
      aria-label={t('shell.theme')}
      onChange={(event) => setTheme(event.target.value as ThemeChoice)}
    >
      <option value="system">{t('shell.theme.system')}</option>
      <option value="light">{t('shell.theme.light')}</option>
      <option value="dark">{t('shell.theme.dark')}</option>
    </select>
  )
}
