// The rows of a long table, only those in view (plus some) in the DOM: 10,000 rows stay under ~900 nodes. Its own
// chunk, loaded when a list first passes VIRTUALIZE_ABOVE rows; shorter lists never need it.
import type { ReactNode, RefObject } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'

const ROW_HEIGHT = 40

export default function VirtualRows({
  count,
  scrollElement,
  colSpan,
  renderRow,
}: {
  count: number
  scrollElement: RefObject<HTMLDivElement | null>
  colSpan: number
  renderRow: (index: number) => ReactNode
}) {
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollElement.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  })
  const items = virtualizer.getVirtualItems()
  const padTop = items[0]?.start ?? 0
  const padBottom = items.length ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0
  return (
    <>
      {padTop > 0 && (
        <tr aria-hidden="true">
          <td colSpan={colSpan} style={{ height: padTop }} />
        </tr>
      )}
      {items.map((item) => renderRow(item.index))}
      {padBottom > 0 && (
        <tr aria-hidden="true">
          <td colSpan={colSpan} style={{ height: padBottom }} />
        </tr>
      )}
    </>
  )
}
