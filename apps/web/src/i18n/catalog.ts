// Which words load when. Every feature keeps its words beside its code (`messages.en.ts`, `messages.fr.ts`); this
// file registers them: the shell's load before the first page draws, a page's load with it (the account route's
// beforeLoad waits for them, so the page never draws a message id), and only in the reader's language.
//
// English is the source: the keys of every English catalogue registered here are the only valid message ids (a
// misspelt id fails the typecheck), and `words()` fails the typecheck if the French misses one of them.
//
// To give a new page its words: declare its catalogue with `words()` below, and list it in `pageWords` under the
// page's path (one line per page), with the shared catalogues (kit, forms…) the page, its dialogs and tabs use.
import { loadWords, words, type Words } from './words.ts'

export type { Translation } from './words.ts'

const app = words(
  () => import('../app/messages.en.ts'),
  () => import('../app/messages.fr.ts'),
)
const shared = words(
  () => import('./messages.en.ts'),
  () => import('./messages.fr.ts'),
)
const ui = words(
  () => import('../ui/messages.en.ts'),
  () => import('../ui/messages.fr.ts'),
)
const kit = words(
  () => import('../kit/messages.en.ts'),
  () => import('../kit/messages.fr.ts'),
)
const forms = words(
  () => import('../forms/messages.en.ts'),
  () => import('../forms/messages.fr.ts'),
)
const charts = words(
  () => import('../charts/messages.en.ts'),
  () => import('../charts/messages.fr.ts'),
)
const vms = words(
  () => import('../pages/vms/messages.en.ts'),
  () => import('../pages/vms/messages.fr.ts'),
)
const vmForms = words(
  () => import('../pages/vms/forms/messages.en.ts'),
  () => import('../pages/vms/forms/messages.fr.ts'),
)
const keypairs = words(
  () => import('../pages/keypairs/messages.en.ts'),
  () => import('../pages/keypairs/messages.fr.ts'),
)
const keypairForms = words(
  () => import('../pages/keypairs/forms/messages.en.ts'),
  () => import('../pages/keypairs/forms/messages.fr.ts'),
)
const securityGroups = words(
  () => import('../pages/security-groups/messages.en.ts'),
  () => import('../pages/security-groups/messages.fr.ts'),
)
const loadBalancers = words(
  () => import('../pages/load-balancers/messages.en.ts'),
  () => import('../pages/load-balancers/messages.fr.ts'),
)
const volumes = words(
  () => import('../pages/storage-messages.en.ts'),
  () => import('../pages/storage-messages.fr.ts'),
)
const snapshots = words(
  () => import('../pages/snapshots/messages.en.ts'),
  () => import('../pages/snapshots/messages.fr.ts'),
)
const images = words(
  () => import('../pages/images/messages.en.ts'),
  () => import('../pages/images/messages.fr.ts'),
)
const home = words(
  () => import('../pages/home/messages.en.ts'),
  () => import('../pages/home/messages.fr.ts'),
)
const audit = words(
  () => import('../pages/audit/messages.en.ts'),
  () => import('../pages/audit/messages.fr.ts'),
)
const quotas = words(
  () => import('../pages/quotas/messages.en.ts'),
  () => import('../pages/quotas/messages.fr.ts'),
)
const consumption = words(
  () => import('../pages/consumption/messages.en.ts'),
  () => import('../pages/consumption/messages.fr.ts'),
)

const network = words(
  () => import('../pages/network-messages.en.ts'),
  () => import('../pages/network-messages.fr.ts'),
)

const access = words(
  () => import('../pages/access-messages.en.ts'),
  () => import('../pages/access-messages.fr.ts'),
)

const explorer = words(
  () => import('../pages/explorer/messages.en.ts'),
  () => import('../pages/explorer/messages.fr.ts'),
)

const cleanup = words(
  () => import('../pages/cleanup/messages.en.ts'),
  () => import('../pages/cleanup/messages.fr.ts'),
)

const team = words(
  () => import('../pages/team/messages.en.ts'),
  () => import('../pages/team/messages.fr.ts'),
)

const allAccounts = words(
  () => import('../pages/all-accounts/messages.en.ts'),
  () => import('../pages/all-accounts/messages.fr.ts'),
)

/** The shell's words (sidebar, top bar, palette, page states, errors): loaded before the first page draws. */
export const shellWords = [app, shared, ui]

/**
 * Each page's words, by its path after the account: `vms` is the list, `vms/new` that exact page, `vms/*` any other
 * page under `vms/` (a VM's page). List what the page, its dialogs and its tabs show; the shell's are always there.
 */
export const pageWords = {
  '': [charts, home],
  vms: [kit, vms],
  // A VM's storage tab attaches volumes and creates images; its network tab attaches public IPs.
  'vms/*': [kit, vms, forms, vmForms, volumes, images, network],
  'vms/new': [forms, vmForms, keypairForms, securityGroups],
  keypairs: [kit, keypairs, forms, keypairForms],
  'keypairs/*': [kit, keypairs],
  audit: [audit],
  // Its groups are headed by the resource families' names, in the shell's words.
  cleanup: [kit, cleanup],
  quotas: [kit, quotas],
  consumption: [kit, charts, consumption],
  'security-groups': [kit, forms, securityGroups],
  'security-groups/*': [kit, forms, securityGroups],
  'load-balancers': [kit, forms, loadBalancers],
  'load-balancers/new': [forms, loadBalancers],
  'load-balancers/*': [kit, forms, loadBalancers],
  'public-ips': [kit, forms, network],
  'public-ips/*': [kit, forms, network],
  nets: [kit, forms, network],
  'nets/*': [kit, forms, network],
  subnets: [kit, forms, network],
  'subnets/*': [kit, forms, network],
  'internet-services': [kit, forms, network],
  'internet-services/*': [kit, forms, network],
  'nat-services': [kit, forms, network],
  'nat-services/*': [kit, forms, network],
  'net-peerings': [kit, forms, network],
  'net-peerings/*': [kit, forms, network],
  'net-access-points': [kit, forms, network],
  'net-access-points/*': [kit, forms, network],
  'route-tables': [kit, forms, network],
  'route-tables/*': [kit, forms, network],
  nics: [kit, forms, network],
  'nics/*': [kit, forms, network],
  team: [team],
  'access-keys': [kit, forms, access],
  'access-keys/*': [kit, access],
  users: [kit, forms, access],
  'users/*': [kit, forms, access],
  'api-access-rules': [kit, forms, access],
  'api-access-rules/*': [kit, forms, access],
  volumes: [kit, forms, volumes],
  'volumes/*': [kit, forms, volumes, snapshots],
  snapshots: [kit, forms, volumes, snapshots],
  'snapshots/*': [kit, forms, volumes, snapshots],
  images: [kit, volumes, images],
  'images/*': [kit, forms, volumes, images],
  explorer: [explorer],
  'explorer/*': [kit, forms, explorer],
} satisfies Record<string, Words[]>

/** All accounts (`/all`), outside any account: its words load with it (its route's beforeLoad). */
export const allAccountsWords = [home, quotas, allAccounts]

export type PagePath = keyof typeof pageWords

/** The entry of `pageWords` for a path: `/acc-1/vms/i-123` → `vms/*`, `/acc-1/vms` → `vms`, `/acc-1` → `''`. */
export function pageOf(pathname: string): PagePath | undefined {
  const [, section = '', rest] = pathname.split('/').filter(Boolean)
  const candidates = rest === undefined ? [section] : [`${section}/${rest}`, `${section}/*`]
  return candidates.find((key): key is PagePath => Object.hasOwn(pageWords, key))
}

/** The words of the page at this path, from the URL alone; undefined when they are loaded already. */
export function loadPageWords(pathname: string): Promise<void> | undefined {
  const page = pageOf(pathname)
  return page === undefined ? undefined : loadWords(pageWords[page])
}

/** Every registered catalogue, once each (tests check each one's French). */
export const allWords: Words[] = [
  ...new Set([...shellWords, ...Object.values(pageWords).flat(), ...allAccountsWords]),
]

type IdsOf<W> = W extends Words<infer En> ? keyof En & string : never

export type MessageId =
  | IdsOf<(typeof shellWords)[number]>
  | { [P in PagePath]: IdsOf<(typeof pageWords)[P][number]> }[PagePath]
  | IdsOf<(typeof allAccountsWords)[number]>

export type Messages = Record<MessageId, string>
