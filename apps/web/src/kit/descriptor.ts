// What the console knows about one kind of resource, as data: where its pages live, what it is called, how it is
// read and filtered, and which calls change it. OUTSCALE names things regularly (Read<Plural>, <Singular>Id,
// Tags, State), so `resource()` derives nearly everything from the plural; a family overrides what differs (load
// balancers are keyed by name, keypairs have a name field of their own).
import type { ActionName, ResourceTag } from '@osc-console/osc-api'
import type { MessageId } from '../i18n/catalog.ts'
import type { TagLike } from '../table/search.ts'

export type FilterKind = 'state' | 'subregion' | 'tag' | 'net'

/** A yes/no property a list can be narrowed to ("open to the internet"), kept in the URL as `?flag=<key>`. */
export interface ResourceFlag<T> {
  key: string
  label: MessageId
  test(item: T): boolean
}

// Methods, not function-typed fields: a registry of descriptors of different item types is one list.
export interface ResourceDescriptor<T extends object = object> {
  /** URL segment and sidebar entry: `vms`, `keypairs`. */
  section: string
  /** Catalogue family of its calls. */
  family: string
  /** The sidebar's label and the list's heading ("VMs"). */
  title: MessageId
  /** The sidebar's description ("Virtual machines"). */
  description: MessageId
  /** `{count, plural, one {VM} other {VMs}}`. */
  noun: MessageId
  /** Whether the console has its pages yet. */
  built: boolean
  read: ActionName
  /** Where the read's answer keeps the items: `Vms`. */
  listKey: string
  /** The field that identifies an item, and the read's filter selecting items by it. */
  idField: string
  idFilter: string
  /** How ids of this kind start (`i-`), so any id can be linked to its page. */
  idPrefix?: string
  filters: readonly FilterKind[]
  /** Properties the list can be narrowed to, besides the filters. */
  flags: readonly ResourceFlag<T>[]
  /** The states the API documents, for the state filter. */
  states: readonly string[]
  /** Dialogs its detail page opens from a link (`?dialog=stop`), offered by the command palette. */
  paletteActions: readonly { dialog: string; label: MessageId }[]
  /** Families besides its own whose mutations change what its read shows. */
  invalidatedBy: readonly string[]
  idOf(item: T): string
  nameOf(item: T): string
  stateOf(item: T): string | undefined
  /** States of the item's parts that change by themselves (a VM's volumes being attached): polled like its own. */
  partStatesOf(item: T): (string | undefined)[]
  subregionOf(item: T): string | undefined
  /** The Net the item is in; undefined in the public cloud. */
  netOf(item: T): string | undefined
  tagsOf(item: T): TagLike[] | undefined
  /** What the search box and the command palette match: name, id, IPs, tags… */
  searchText(item: T): string
  /** A short line beside the item in the command palette: state, addresses. */
  hint(item: T): string
  /** The calls that add and remove its tags: CreateTags/DeleteTags, unless the family has its own. */
  tagCalls: TagCalls
}

/** How a family's tags are changed: most by id through CreateTags/DeleteTags, some by calls of their own. */
export interface TagCalls {
  create: ActionName
  remove: ActionName
  /** The request adding `tags` to the item `id`, or removing them (some calls take only the keys then). */
  params(id: string, tags: ResourceTag[], removing: boolean): object
}

export const resourceTagCalls: TagCalls = {
  create: 'CreateTags',
  remove: 'DeleteTags',
  params: (id, tags) => ({ ResourceIds: [id], Tags: tags }),
}

type Fields = Record<string, unknown>
const fields = (item: object) => item as Fields
const str = (value: unknown) => (typeof value === 'string' ? value : undefined)

export function tagValue(tags: TagLike[] | undefined, key: string): string | undefined {
  return tags?.find((t) => t.Key === key)?.Value
}

/** Tags as `key=value` words, so a search for `env=prod` finds what is tagged so. */
export function tagPairs(tags: TagLike[] | undefined): string[] {
  return (tags ?? []).map((t) => `${t.Key ?? ''}=${t.Value ?? ''}`)
}

const ADDRESS_FIELDS = ['PrivateIp', 'PublicIp', 'PrivateDnsName', 'PublicDnsName', 'IpRange', 'DnsName']

export interface ResourceBasics {
  section: string
  family: string
  /** `Vms`, `SecurityGroups`, `Keypairs`: the read is Read<Plural>, the item's id <Singular>Id. */
  plural: string
  title: MessageId
  description: MessageId
  noun: MessageId
  idPrefix?: string
  built?: boolean
}

export function resource<T extends object>(
  basics: ResourceBasics,
  overrides: Partial<ResourceDescriptor<T>> = {},
): ResourceDescriptor<T> {
  const singular = basics.plural.slice(0, -1)
  const idField = overrides.idField ?? `${singular}Id`
  const tagsOf = (item: T) => {
    const tags = fields(item).Tags
    return Array.isArray(tags) ? (tags as TagLike[]) : undefined
  }
  const base: ResourceDescriptor<T> = {
    section: basics.section,
    family: basics.family,
    title: basics.title,
    description: basics.description,
    noun: basics.noun,
    built: basics.built ?? false,
    idPrefix: basics.idPrefix,
    read: `Read${basics.plural}` as ActionName,
    listKey: basics.plural,
    idField,
    idFilter: `${idField}s`,
    filters: ['state', 'subregion', 'tag'],
    states: [],
    flags: [],
    invalidatedBy: [],
    paletteActions: [],
    tagCalls: resourceTagCalls,
    idOf: (item) => str(fields(item)[idField]) ?? '',
    nameOf: (item) => tagValue(tagsOf(item), 'Name') ?? str(fields(item)[`${singular}Name`]) ?? '',
    stateOf: (item) => str(fields(item).State),
    partStatesOf: () => [],
    subregionOf: (item) => {
      const f = fields(item)
      const placement = f.Placement
      return str(f.SubregionName) ?? (placement ? str(fields(placement).SubregionName) : undefined)
    },
    netOf: (item) => str(fields(item).NetId) || undefined,
    tagsOf,
    searchText: (item) => defaultSearchText(descriptor, item),
    hint: (item) =>
      [descriptor.stateOf(item), ...ADDRESS_FIELDS.map((key) => str(fields(item)[key]))]
        .filter(Boolean)
        .join(' · '),
  }
  const descriptor: ResourceDescriptor<T> = { ...base, ...overrides }
  return descriptor
}

function defaultSearchText<T extends object>(d: ResourceDescriptor<T>, item: T): string {
  return [
    d.nameOf(item),
    d.idOf(item),
    ...ADDRESS_FIELDS.map((key) => str(fields(item)[key])),
    ...tagPairs(d.tagsOf(item)),
  ]
    .filter(Boolean)
    .join(' ')
}

/** The items of a read's answer. */
export function itemsOf<T extends object>(d: ResourceDescriptor<T>, data: unknown): T[] {
  const list = data && typeof data === 'object' ? (data as Fields)[d.listKey] : undefined
  return Array.isArray(list) ? (list as T[]) : []
}

/** What a person calls an item: its name, else its id. */
export function labelOf<T extends object>(d: ResourceDescriptor<T>, item: T): string {
  return d.nameOf(item) || d.idOf(item)
}
