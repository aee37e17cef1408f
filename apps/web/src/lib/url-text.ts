// A text value from a page's URL, where anything can be typed: numbers and booleans as their text, trimmed, at
// most 200 characters, dropped when empty or when it does not match the expected pattern.
const MAX = 200

export function urlText(value: unknown, pattern?: RegExp): string | undefined {
  if (typeof value === 'number' || typeof value === 'boolean') value = String(value)
  if (typeof value !== 'string') return undefined
  const trimmed = value.trim().slice(0, MAX)
  if (!trimmed) return undefined
  if (pattern && !pattern.test(trimmed)) return undefined
  return trimmed
}
