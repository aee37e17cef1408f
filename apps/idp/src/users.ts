// The demo people of the development identity provider. Every one signs in with the password `demo`.
export interface DemoUser {
  username: string
  name: string
  email: string
  groups: string[]
  /** What this person can do in the console with the demo bindings, shown on the sign-in page. */
  note: string
}

export const DEMO_PASSWORD = 'demo'

export const DEMO_USERS: readonly DemoUser[] = [
  {
    username: 'alice',
    name: 'Alice Martin',
    email: 'alice.martin@example.com',
    groups: ['console-admins'],
    note: 'administrator: every call on every account',
  },
  {
    username: 'oscar',
    name: 'Oscar Lefèvre',
    email: 'oscar.lefevre@example.com',
    groups: ['console-operators'],
    note: 'operator: runs and changes VMs, volumes, networks; no access keys or users',
  },
  {
    username: 'vera',
    name: 'Vera Nowak',
    email: 'vera.nowak@example.com',
    groups: ['console-viewers'],
    note: 'viewer: reads everything except secrets',
  },
  {
    username: 'bill',
    name: 'Bill Okafor',
    email: 'bill.okafor@example.com',
    groups: ['finance'],
    note: 'billing: quotas, consumption, catalog and prices',
  },
  {
    username: 'nobody',
    name: 'Noémie Body',
    email: 'noemie.body@example.com',
    groups: [],
    note: 'in no group: the console refuses the sign-in',
  },
]

export function findUser(username: string, people: readonly DemoUser[] = DEMO_USERS): DemoUser | undefined {
  return people.find((u) => u.username === username.trim().toLowerCase())
}

export function checkPassword(
  username: string,
  password: string,
  people: readonly DemoUser[] = DEMO_USERS,
): DemoUser | undefined {
  const user = findUser(username, people)
  return user && password === DEMO_PASSWORD ? user : undefined
}
