// English, the source language: every feature's catalogue, merged. A feature adds its `messages.en.ts` here and its
// `messages.fr.ts` to fr.ts.
import app from '../app/messages.en.ts'
import shared from './messages.en.ts'
import quotas from '../pages/quotas/messages.en.ts'
import consumption from '../pages/consumption/messages.en.ts'
import audit from '../pages/audit/messages.en.ts'
import loadBalancers from '../pages/load-balancers/messages.en.ts'
import forms from '../forms/messages.en.ts'
import vmForms from '../pages/vms/forms/messages.en.ts'
import keypairForms from '../pages/keypairs/forms/messages.en.ts'
import chart from '../charts/messages.en.ts'
import home from '../pages/home/messages.en.ts'
import kit from '../kit/messages.en.ts'
import vms from '../pages/vms/messages.en.ts'
import keypairs from '../pages/keypairs/messages.en.ts'
import team from '../pages/team/messages.en.ts'

export default {
  ...app,
  ...shared,
  ...quotas,
  ...consumption,
  ...audit,
  ...loadBalancers,
  ...forms,
  ...vmForms,
  ...keypairForms,
  ...chart,
  ...home,
  ...kit,
  ...vms,
  ...keypairs,
  ...team,
}
