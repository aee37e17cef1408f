// Ctrl/Cmd+K: go to a page, or find any resource already loaded in this tab (every family of the registry) by
// id, name or IP, and open it or one of its confirmations. The dialog is its own chunk: the first page does not
// draw it. It names every family's actions (Stop, Delete…) on any page, so it loads those families' words first.
import { Suspense, lazy, useEffect, useState } from 'react'
import { useT } from '../i18n/text.ts'
import { SearchIcon } from './top-bar-icons.tsx'
import { iconWhenNarrow, inBarWhenWide, textWhenNotNarrow } from './top-bar-widths.ts'

const PaletteDialog = lazy(() =>
  import('./PaletteDialog.tsx').then(async (module) => {
    await module.loadPaletteWords()
    return module
  }),
)

export function CommandPalette() {
  const t = useT()
  const [open, setOpen] = useState(false)
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault()
        setOpen(true)
      }
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [])
  return (
    <>
      <button
        type="button"
        className="btn"
        aria-keyshortcuts="Control+K Meta+K"
        title={t('palette.open')}
        onClick={() => setOpen(true)}
      >
        <SearchIcon className={iconWhenNarrow} />
        <span className={textWhenNotNarrow}>{t('palette.open')}</span>{' '}
        <kbd className={`rounded border px-1 text-xs muted ${inBarWhenWide}`}>Ctrl K</kbd>
      </button>
      {open && (
        <Suspense fallback={null}>
          <PaletteDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  )
}
