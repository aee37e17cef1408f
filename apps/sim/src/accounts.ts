// The built-in accounts. Their secrets are local demo secrets, documented in the README, never real ones.
export interface AccountDef {
  accountId: string
  region: string
  accessKeyId: string
  secretKey: string
  login: string
  password: string
  companyName: string
  /**
   * The paying account this one is linked to, as OUTSCALE ties accounts under one bill: its consumption lines name
   * that account as PayingAccountId, and the paying account's `Overall` reading includes them. Unset: the account
   * pays for itself.
   */
  payingAccountId?: string
}

export const DEMO_ACCOUNTS: readonly AccountDef[] = [
  {
    accountId: '123456789012',
    region: 'eu-west-2',
    accessKeyId: 'AKDEMO00000000000001',
    secretKey: 'SKDEMO0000000000000000000000000000000001',
    login: 'demo@example.com',
    password: 'demo',
    companyName: 'Demo Company (Europe)',
  },
  {
    accountId: '210987654321',
    region: 'us-east-2',
    accessKeyId: 'AKDEMO00000000000002',
    secretKey: 'SKDEMO0000000000000000000000000000000002',
    login: 'demo-us@example.com',
    password: 'demo',
    companyName: 'Demo Company (US)',
  },
]

/**
 * Accounts linked to the first demo account, in its Region: the paying account's `Overall` consumption shows them
 * beside its own. The console is not configured for them (a team often does not hold their keys); their keys let
 * a test call as a linked account.
 */
export const LINKED_ACCOUNTS: readonly AccountDef[] = [
  {
    accountId: '345678901234',
    region: 'eu-west-2',
    accessKeyId: 'AKDEMO00000000000003',
    secretKey: 'SKDEMO0000000000000000000000000000000003',
    login: 'demo-research@example.com',
    password: 'demo',
    companyName: 'Demo Company (Research)',
    payingAccountId: '123456789012',
  },
  {
    accountId: '456789012345',
    region: 'eu-west-2',
    accessKeyId: 'AKDEMO00000000000004',
    secretKey: 'SKDEMO0000000000000000000000000000000004',
    login: 'demo-sandbox@example.com',
    password: 'demo',
    companyName: 'Demo Company (Sandbox)',
    payingAccountId: '123456789012',
  },
]

export function subregionsOf(region: string): string[] {
  const letters = region === 'eu-west-2' ? ['a', 'b', 'c'] : region === 'us-east-2' ? ['a', 'b'] : ['a', 'b']
  return letters.map((l) => `${region}${l}`)
}
