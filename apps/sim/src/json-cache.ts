// Serialising a page of 1,000 full VM objects dominates a big ReadVms. Resources do not change between
// mutations, so each list item's JSON is kept until the world's generation moves on (any mutating call or timer).
export class JsonCache {
  private cache = new WeakMap<object, { generation: number; text: string }>()

  private item(value: unknown, generation: number): string {
    if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null'
    const hit = this.cache.get(value)
    if (hit && hit.generation === generation) return hit.text
    const text = JSON.stringify(value)
    this.cache.set(value, { generation, text })
    return text
  }

  /** The response body: the handler's fields, then ResponseContext, as JSON. */
  answer(result: object, requestId: string, generation: number): string {
    const parts: string[] = []
    for (const [key, value] of Object.entries(result)) {
      if (value === undefined) continue
      const text = Array.isArray(value)
        ? `[${value.map((v) => this.item(v, generation)).join(',')}]`
        : JSON.stringify(value)
      parts.push(`${JSON.stringify(key)}:${text}`)
    }
    parts.push(`"ResponseContext":${JSON.stringify({ RequestId: requestId })}`)
    return `{${parts.join(',')}}`
  }
}
