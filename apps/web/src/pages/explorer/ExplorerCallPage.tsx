// One call of the OUTSCALE API, as a form generated from its request schema: required parameters first, the spec's
// words as hints, its checks before sending, DryRun where the call has it, the role check before anything is sent,
// and the osc-cli/curl command. It goes through the BFF like any page's call (a query for reads, the mutation
// wrapper for changes), so it is checked, signed and audited the same way; the answer is shown below.
import { use, useRef, useState } from 'react'
import { getRouteApi } from '@tanstack/react-router'
import { useQueryClient } from '@tanstack/react-query'
import { useForm, useWatch, type FieldValues } from 'react-hook-form'
import { catalogue, type ActionName } from '@osc-console/osc-api'
import { requestForms, type RequestForms } from '@osc-console/osc-api/request-forms'
import { oscQuery, useOscMutation } from '@osc-console/data'
import { useAccountId, useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { BackLink } from '../../kit/BackLink.tsx'
import { FormShell } from '../../forms/FormShell.tsx'
import { checksResolver } from '../../forms/field-errors.ts'
import { dryRun, step } from '../../forms/steps.ts'
import { paths } from '../../paths.ts'
import { PageHeader } from '../../ui/PageHeader.tsx'
import { AnswerView } from './AnswerView.tsx'
import { FieldInput } from './RequestFields.tsx'
import { SpecText } from './SpecText.tsx'
import { buildRequest, orderedFields } from './request-values.ts'

const route = getRouteApi('/$account/explorer/$action')

// A family's request table (its calls' parameters and the spec's words) is its own chunk, loaded once when one of
// its forms first opens; meanwhile the route shows its skeleton.
const tables = new Map<string, Promise<RequestForms>>()
function tableOf(family: string): Promise<RequestForms> {
  let table = tables.get(family)
  if (!table) {
    table = requestForms[family]?.() ?? Promise.resolve({ requestObjects: {}, operationDescriptions: {} })
    tables.set(family, table)
  }
  return table
}

export default function ExplorerCallPage() {
  const { action } = route.useParams()
  // The route refuses any other name; the key starts the form afresh when the person opens another call.
  return <CallForm key={action} action={action as ActionName} />
}

function CallForm({ action }: { action: ActionName }) {
  const t = useT()
  const account = useAccountId()
  const permission = useCan()(action)
  const client = useQueryClient()
  const info = catalogue[action]
  const { requestObjects, operationDescriptions } = use(tableOf(info.family))
  const objectName = `${action}Request`
  const object = requestObjects[objectName] ?? { fields: [] }
  const { required, optional } = orderedFields(object)
  const parameters = [...required, ...optional]
  const [answer, setAnswer] = useState<{ data: unknown } | undefined>()
  const mutation = useOscMutation(account, action, { success: t('explorer.sent', { action }) })
  const form = useForm<FieldValues>({
    defaultValues: {},
    resolver: checksResolver((values) => buildRequest(requestObjects, objectName, values).problems, t),
  })
  const values = useWatch({ control: form.control })
  const request = buildRequest(requestObjects, objectName, values).request
  const requestOf = (v: FieldValues) => buildRequest(requestObjects, objectName, v).request as never

  const send = async (v: FieldValues) => {
    setAnswer(undefined)
    const params = requestOf(v)
    const data = await step(t('explorer.failed', { action }), () =>
      info.mutating
        ? mutation.mutateAsync(params)
        : // A read shares the query cache with the pages (same key), fetched afresh each time it is sent.
          client.fetchQuery({
            ...oscQuery(account, action, params),
            staleTime: 0,
            ...(info.sensitive ? { gcTime: 0 } : {}),
          }),
    )
    setAnswer({ data })
  }

  const fieldProps = { control: form.control, objects: requestObjects }
  const page = useRef<HTMLDivElement>(null)
  // The next page is the same request with the answer's token, sent through the form like any other.
  const nextPage = (token: string) => {
    form.setValue('NextPageToken', token)
    page.current?.querySelector('form')?.requestSubmit()
  }
  return (
    <div ref={page} className="flex max-w-5xl flex-col gap-4 p-6">
      <BackLink to={paths.explorer({ account })} label={t('explorer.back')} />
      <PageHeader
        title={action}
        description={[
          t('explorer.call.family', { family: info.family }),
          info.mutating ? t('explorer.kind.change') : t('explorer.kind.read'),
          ...(info.sensitive ? [t('explorer.sensitive')] : []),
        ].join(' · ')}
      />
      {operationDescriptions[action] && (
        <section aria-label={t('explorer.call.description')} className="text-sm">
          <SpecText text={operationDescriptions[action]} />
        </section>
      )}
      {!permission.allowed && (
        <p
          role="note"
          className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-700 dark:bg-amber-950"
        >
          {t('explorer.notAllowed.why')} <span className="muted">{permission.reason}</span>
        </p>
      )}
      <FormShell
        form={form}
        label={t('explorer.call.form', { action })}
        className="card flex flex-col gap-3 p-4 text-sm"
        fields={Object.fromEntries(parameters.map((f) => [f.name, f.name]))}
        check={permission}
        commands={[{ action, params: request }]}
        dryRun={permission.allowed && info.dryRun ? (v) => dryRun(account, action, requestOf(v)) : undefined}
        onSubmit={send}
        submitLabel={t('explorer.send', { action })}
      >
        {parameters.length === 0 && <p className="muted">{t('explorer.noParameters')}</p>}
        {required.length > 0 && (
          <fieldset className="flex flex-col gap-3">
            <legend className="mb-1 font-semibold">{t('explorer.required')}</legend>
            {required.map((field) => (
              <FieldInput key={field.name} {...fieldProps} field={field} path={field.name} />
            ))}
          </fieldset>
        )}
        {optional.length > 0 && (
          <fieldset className="flex flex-col gap-3">
            <legend className="mb-1 font-semibold">{t('explorer.optional')}</legend>
            {optional.map((field) => (
              <FieldInput key={field.name} {...fieldProps} field={field} path={field.name} />
            ))}
          </fieldset>
        )}
      </FormShell>
      {answer && <AnswerView answer={answer.data} onNextPage={info.mutating ? undefined : nextPage} />}
    </div>
  )
}
