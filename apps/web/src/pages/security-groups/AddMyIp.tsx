// "Add my address": the button that puts the person's own public address (as the console sees it) into a list of
// sources, with the notes that say when that address may not be the one to allow.
import { useT } from '../../i18n/text.ts'
import type { MyIp } from './sg-rules.ts'

export function AddMyIp({ myIp, onAdd }: { myIp: MyIp; onAdd: () => void }) {
  const t = useT()
  return (
    <div className="flex flex-col gap-1">
      <div>
        <button type="button" className="btn" onClick={onAdd}>
          {t('sg.myIp.add', { cidr: myIp.cidr })}
        </button>
      </div>
      {myIp.notes.map((note) => (
        <p key={note.id} className="text-xs text-amber-800 dark:text-amber-200">
          {t(note)}
        </p>
      ))}
    </div>
  )
}
