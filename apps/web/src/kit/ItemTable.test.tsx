import { renderToStaticMarkup } from 'react-dom/server'
import { IntlProvider } from '../i18n/intl.tsx'
import { describe, expect, it } from 'vitest'
import { intlFor } from '../i18n/testing.ts'
import { ItemTable } from './ItemTable.tsx'

const render = (items: { id: string }[]) =>
  renderToStaticMarkup(
    <IntlProvider value={intlFor('fr')}>
      <ItemTable
        label="Sous-réseaux"
        columns={[{ label: 'table.col.id', cell: (x: { id: string }) => x.id, mono: true }]}
        items={items}
        rowKey={(x) => x.id}
        empty="kit.noName"
      />
    </IntlProvider>,
  )

describe('ItemTable', () => {
  it('names the table, translates its headers and draws one row per item', () => {
    const html = render([{ id: 'subnet-1' }, { id: 'subnet-2' }])
    expect(html).toContain('aria-label="Sous-réseaux"')
    expect(html).toMatch(/<th scope="col"[^>]*>ID<\/th>/)
    expect(html.match(/<tr[ >]/g)).toHaveLength(3)
  })

  it('says there is nothing, in the reader’s language, instead of an empty table', () => {
    const html = render([])
    expect(html).not.toContain('<table')
    expect(html).toContain(intlFor('fr').formatMessage({ id: 'kit.noName' }))
  })
})
