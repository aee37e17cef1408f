// The message under a create-VM field that the form's validation found wrong.
export function Problem({ text }: { text: string | undefined }) {
  return text ? <p className="mt-1 text-sm text-red-700 dark:text-red-300">{text}</p> : null
}
