import { describe, expect, it } from 'vitest'
import { renderToStaticMarkup } from 'react-dom/server'
import { PlainTable } from './PlainTable.tsx'

const rows = (
  <tr>
    <td>i-1</td>
  </tr>
)

describe('a plain table', () => {
  it('that scrolls is a region the keyboard can reach, named after the table', () => {
    const html = renderToStaticMarkup(
      <PlainTable label="Vms" columns={['VmId']} scrolls>
        {rows}
      </PlainTable>,
    )
    expect(html).toMatch(
      /^<div class="card max-h-\[32rem\] overflow-auto" tabindex="0" role="region" aria-label="Vms">/,
    )
  })

  it('that fits stays out of the tab order', () => {
    const html = renderToStaticMarkup(
      <PlainTable label="Listeners" columns={['Port']}>
        {rows}
      </PlainTable>,
    )
    expect(html).toMatch(/^<div class="card overflow-x-auto"><table aria-label="Listeners"/)
  })

  it('without rows says so across every column, the buttons column included', () => {
    const html = renderToStaticMarkup(
      <PlainTable label="Listeners" columns={['Port', 'Protocol']} actions="Actions" empty="No listener">
        {[]}
      </PlainTable>,
    )
    expect(html).toContain('<tbody><tr><td colSpan="3" class="muted">No listener</td></tr></tbody>')
  })
})
