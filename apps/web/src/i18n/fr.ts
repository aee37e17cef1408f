import type { Messages } from './catalog.ts'
import app from '../app/messages.fr.ts'
import forms from '../forms/messages.fr.ts'

export default {
  ...app,
  ...forms,
} satisfies Messages
