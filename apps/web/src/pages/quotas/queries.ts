import { oscQueryAll } from '@osc-console/data'

/** Every quota of the account. The same key as the VM form's "Quotas left", so either page warms the other. */
export const quotasQuery = (account: string) => oscQueryAll(account, 'ReadQuotas', {})
