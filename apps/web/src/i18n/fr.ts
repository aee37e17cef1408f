import type { Messages } from './catalog.ts'
import app from '../app/messages.fr.ts'
import forms from '../forms/messages.fr.ts'
import vmForms from '../pages/vms/forms/messages.fr.ts'
import keypairForms from '../pages/keypairs/forms/messages.fr.ts'

export default {
  ...app,
  ...forms,
  ...vmForms,
  ...keypairForms,
} satisfies Messages
