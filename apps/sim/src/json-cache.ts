// Serialising a page of 1,000 full VM objects dominates a big ReadVms. Resources do not change between
// mutations, so each list item's JSON is kept, as UTF-8 bytes, until the world's generation moves on (any mutating
// call or timer). The answer is those bytes copied once into one buffer: no 2 MB string to build, flatten and
// encode again on every call.
const COMMA = Buffer.from(',')
const OPEN_ARRAY = Buffer.from('[')
const CLOSE_ARRAY = Buffer.from(']')

export class JsonCache {
  private cache = new WeakMap<object, { generation: number; bytes: Buffer }>()

  private item(value: unknown, generation: number): Buffer {
    if (value === null || typeof value !== 'object') return Buffer.from(JSON.stringify(value) ?? 'null')
    const hit = this.cache.get(value)
    if (hit && hit.generation === generation) return hit.bytes
    const bytes = Buffer.from(JSON.stringify(value))
    this.cache.set(value, { generation, bytes })
    return bytes
  }

  /** The response body: the handler's fields, then ResponseContext, as JSON. */
  answer(result: object, requestId: string, generation: number): Buffer {
    const parts: Buffer[] = [Buffer.from('{')]
    for (const [key, value] of Object.entries(result)) {
      if (value === undefined) continue
      parts.push(Buffer.from(`${JSON.stringify(key)}:`))
      if (Array.isArray(value)) {
        parts.push(OPEN_ARRAY)
        value.forEach((v, i) => {
          if (i > 0) parts.push(COMMA)
          parts.push(this.item(v, generation))
        })
        parts.push(CLOSE_ARRAY)
      } else parts.push(Buffer.from(JSON.stringify(value)))
      parts.push(COMMA)
    }
    parts.push(Buffer.from(`"ResponseContext":${JSON.stringify({ RequestId: requestId })}}`))
    return Buffer.concat(parts)
  }
}
