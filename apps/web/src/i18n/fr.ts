import type { Messages } from './catalog.ts'
import app from '../app/messages.fr.ts'

export default {
  ...app,
} satisfies Messages
