import { randomBytes } from 'node:crypto'

let lastMs = 0
let counter = 0

/** Time-ordered unique ids: sortable as text, so "newest first" and cursors need no extra column. */
export function timeOrderedId(now = Date.now()): string {
  if (now === lastMs) counter += 1
  else {
    lastMs = now
    counter = 0
  }
  return `${now.toString(36).padStart(9, '0')}${counter.toString(36).padStart(4, '0')}${randomBytes(5).toString('hex')}`
}
