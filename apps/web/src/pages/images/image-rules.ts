// What can be done to an image, as data. Only the account's own images can be shared or deregistered (the public
// catalogue belongs to OUTSCALE); an image is copied or shared once available. The console does not know the
// account's OUTSCALE id, so it knows the catalogue's images by their owner's alias; an image another account shared
// is refused by OUTSCALE itself, and the page shows that answer.
import type { Image } from '@osc-console/osc-api'
import { allowed, type RuleCheck } from '../../ui/ActionButton.tsx'
import { text } from '../../i18n/text.ts'
import type { BulkAction } from '../../kit/BulkBar.tsx'

/** An image of OUTSCALE's public catalogue. */
export const isCatalogue = (image: Image) => image.AccountAlias?.toLowerCase() === 'outscale'

const own = (image: Image): RuleCheck =>
  isCatalogue(image) ? { allowed: false, reason: text('images.rule.catalogue') } : allowed

const available = (image: Image): RuleCheck =>
  image.State === 'available'
    ? allowed
    : { allowed: false, reason: text('images.rule.notAvailable', { state: image.State ?? '' }) }

const both = (a: RuleCheck, b: RuleCheck): RuleCheck => (a.allowed ? b : a)

export const imageCan = {
  launch: available,
  copy: available,
  share: (image: Image) => both(own(image), available(image)),
  // "You cannot export a shared or public OMI, as they do not belong to you."
  export: (image: Image) => both(own(image), available(image)),
  deregister: own,
}

export const imageBulkActions: readonly BulkAction<Image>[] = [
  {
    key: 'deregister',
    action: 'DeleteImage',
    label: 'images.deregister',
    noneCan: 'images.bulk.noneDeregister',
    rule: imageCan.deregister,
    params: (id) => ({ ImageId: id }),
    danger: true,
    typeToConfirm: { word: 'images.bulk.deregisterWord', warning: 'images.deregister.body' },
  },
]

const IMAGE_NAME = /^[A-Za-z0-9_ ()/.-]{3,128}$/

/** The name OUTSCALE accepts, unique among the account's own images. */
export function imageNameProblem(raw: string, taken: readonly string[]) {
  const name = raw.trim()
  if (!IMAGE_NAME.test(name)) return text('images.form.nameFormat')
  if (taken.includes(name)) return text('images.form.nameTaken', { name })
  return undefined
}
