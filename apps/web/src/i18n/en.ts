// English, the source language: every feature's catalogue, merged. A feature adds its `messages.en.ts` here and its
// `messages.fr.ts` to fr.ts.
import app from '../app/messages.en.ts'
import kit from '../kit/messages.en.ts'
import vms from '../pages/vms/messages.en.ts'
import keypairs from '../pages/keypairs/messages.en.ts'

export default {
  ...app,
  ...kit,
  ...vms,
  ...keypairs,
}
