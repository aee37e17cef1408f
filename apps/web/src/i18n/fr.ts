import type { Messages } from './catalog.ts'
import app from '../app/messages.fr.ts'
import kit from '../kit/messages.fr.ts'
import vms from '../pages/vms/messages.fr.ts'
import keypairs from '../pages/keypairs/messages.fr.ts'

export default {
  ...app,
  ...kit,
  ...vms,
  ...keypairs,
} satisfies Messages
