import { renderToStaticMarkup } from 'react-dom/server'
import { useForm } from 'react-hook-form'
import { IntlProvider } from '../i18n/intl.tsx'
import { describe, expect, it } from 'vitest'
import { intlFor } from '../i18n/testing.ts'
import { SelectField } from './fields.tsx'

function Subregion({ value, empty }: { value: string; empty?: string }) {
  const form = useForm({ defaultValues: { subregion: value } })
  return (
    <SelectField
      control={form.control}
      name="subregion"
      label="Subregion"
      {...(empty === undefined ? {} : { empty })}
      options={['eu-west-2a', 'eu-west-2b'].map((s) => ({ value: s, label: s }))}
    />
  )
}

const render = (props: { value: string; empty?: string }) =>
  renderToStaticMarkup(
    <IntlProvider value={intlFor('en')}>
      <Subregion {...props} />
    </IntlProvider>,
  )

describe('a select field', () => {
  it('with nothing chosen says so, rather than show a first option the form does not hold', () => {
    const html = render({ value: '' })
    expect(html).toMatch(/<option value="" disabled="" selected="">Choose…<\/option>/)
  })

  it('shows the value chosen, with no extra option', () => {
    const html = render({ value: 'eu-west-2b' })
    expect(html).not.toContain('Choose…')
    expect(html).toMatch(/<option value="eu-west-2b" selected="">/)
  })

  it('offers its own "none" option instead when it has one', () => {
    const html = render({ value: '', empty: 'None' })
    expect(html).not.toContain('Choose…')
    expect(html).toMatch(/<option value="" selected="">None<\/option>/)
  })
})
