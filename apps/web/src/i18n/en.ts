// English, the source language: every feature's catalogue, merged. A feature adds its `messages.en.ts` here and its
// `messages.fr.ts` to fr.ts.
import app from '../app/messages.en.ts'
import forms from '../forms/messages.en.ts'
import vmForms from '../pages/vms/forms/messages.en.ts'
import keypairForms from '../pages/keypairs/forms/messages.en.ts'

export default {
  ...app,
  ...forms,
  ...vmForms,
  ...keypairForms,
}
