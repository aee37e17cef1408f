import { oscQuery } from '@osc-console/data'
import { apiDates, type Period } from './period.ts'

/** The account's consumption over a period, with prices: a billing person reads this page for the cost. */
export const consumptionQuery = (account: string, period: Period) =>
  oscQuery(account, 'ReadConsumptionAccount', { ...apiDates(period), ShowPrice: true })
