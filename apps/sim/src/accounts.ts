// The built-in accounts. Their secrets are local demo secrets, documented in the README, never real ones.
export interface AccountDef {
  accountId: string
  region: string
  accessKeyId: string
  secretKey: string
  login: string
  password: string
  companyName: string
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

export function subregionsOf(region: string): string[] {
  const letters = region === 'eu-west-2' ? ['a', 'b', 'c'] : region === 'us-east-2' ? ['a', 'b'] : ['a', 'b']
  return letters.map((l) => `${region}${l}`)
}
