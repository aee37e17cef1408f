import type { Messages } from './catalog.ts'
import app from '../app/messages.fr.ts'
import chart from '../charts/messages.fr.ts'
import home from '../pages/home/messages.fr.ts'

export default {
  ...app,
  ...chart,
  ...home,
} satisfies Messages
