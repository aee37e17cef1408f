// OUTSCALE's answer to a call sent from the explorer: its list as a table when it has one, the whole answer as a
// tree that unfolds where the person looks, its RequestId, and a copy of it as JSON.
import { useId, useState } from 'react'
import { useT } from '../../i18n/text.ts'
import { CopyButton } from '../../ui/CopyButton.tsx'
import { PlainTable } from '../../kit/PlainTable.tsx'
import { answerList, cellText, nextPageToken, requestIdOf, type AnswerList } from './answer.ts'

/** Rows drawn at once; the whole list stays in the tree and in the copied JSON. */
const MAX_ROWS = 300

/**
 * `onNextPage` is offered when the answer says more pages follow (NextPageToken): the same request is sent again
 * with that token.
 */
export function AnswerView({
  answer,
  onNextPage,
}: {
  answer: unknown
  onNextPage?: (token: string) => void
}) {
  const t = useT()
  const nextToken = nextPageToken(answer)
  const headingId = useId()
  const list = answerList(answer)
  const requestId = requestIdOf(answer)
  return (
    <section aria-labelledby={headingId} className="card flex flex-col gap-3 p-4">
      <div className="flex flex-wrap items-center gap-3">
        <h2 id={headingId} className="text-lg font-semibold">
          {t('explorer.answer')}
        </h2>
        {requestId && (
          <span className="font-mono text-xs muted">{t('explorer.answer.requestId', { id: requestId })}</span>
        )}
        <CopyButton
          className="ml-auto"
          text={JSON.stringify(answer, null, 2)}
          label={t('explorer.answer.copy')}
        />
      </div>
      {list && <ListTable list={list} />}
      {nextToken && onNextPage && (
        <div>
          <button type="button" className="btn" onClick={() => onNextPage(nextToken)}>
            {t('explorer.answer.nextPage')}
          </button>
        </div>
      )}
      <details open={!list} className="text-sm">
        <summary className="cursor-pointer">{t('explorer.answer.tree')}</summary>
        <ul className="mt-2 font-mono text-xs">
          {entriesOf(answer).map(([key, value]) => (
            <TreeNode key={key} name={key} value={value} depth={0} />
          ))}
        </ul>
      </details>
    </section>
  )
}

function ListTable({ list }: { list: AnswerList }) {
  const t = useT()
  const rows = list.items.slice(0, MAX_ROWS)
  return (
    <>
      <p className="text-sm">
        {t('explorer.answer.count', { count: list.items.length, path: list.path })}
        {list.items.length > MAX_ROWS && ` ${t('explorer.answer.capped', { shown: MAX_ROWS })}`}
      </p>
      {rows.length > 0 && (
        <PlainTable label={list.path} columns={list.columns} scrolls>
          {rows.map((item, index) => (
            <tr key={index}>
              {list.columns.map((column) => (
                <td key={column} className="font-mono text-xs whitespace-nowrap">
                  {cellText(item[column])}
                </td>
              ))}
            </tr>
          ))}
        </PlainTable>
      )}
    </>
  )
}

function entriesOf(value: unknown): Array<[string, unknown]> {
  if (Array.isArray(value)) return value.map((item, index) => [String(index), item])
  if (typeof value === 'object' && value !== null) return Object.entries(value)
  return []
}

function TreeNode({ name, value, depth }: { name: string; value: unknown; depth: number }) {
  const [open, setOpen] = useState(depth < 1)
  if (typeof value !== 'object' || value === null)
    return (
      <li className="py-0.5 pl-4">
        <span className="font-semibold">{name}</span>:{' '}
        <span className="break-all">{JSON.stringify(value)}</span>
      </li>
    )
  const entries = entriesOf(value)
  const size = Array.isArray(value) ? `[${entries.length}]` : `{${entries.length}}`
  return (
    <li className="py-0.5 pl-4">
      <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary className="cursor-pointer">
          <span className="font-semibold">{name}</span> <span className="muted">{size}</span>
        </summary>
        {/* Children are drawn when unfolded: an answer of ten thousand items stays light. */}
        {open && (
          <ul>
            {entries.map(([key, inner]) => (
              <TreeNode key={key} name={key} value={inner} depth={depth + 1} />
            ))}
          </ul>
        )}
      </details>
    </li>
  )
}
