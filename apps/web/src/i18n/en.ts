// English, the source language: every feature's catalogue, merged. A feature adds its `messages.en.ts` here and its
// `messages.fr.ts` to fr.ts.
import app from '../app/messages.en.ts'
import chart from '../charts/messages.en.ts'
import home from '../pages/home/messages.en.ts'

export default {
  ...app,
  ...chart,
  ...home,
}
