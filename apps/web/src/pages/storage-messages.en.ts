// The storage pages' shared words in one catalogue: the volumes' (which snapshots and images use too) and the
// export tab's and dialog's (snapshots and images), one chunk per language rather than two.
import volumes from './volumes/messages.en.ts'
import exports from './exports/messages.en.ts'

export default {
  ...volumes,
  ...exports,
}
