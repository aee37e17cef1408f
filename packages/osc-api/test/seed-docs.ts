// Reads the API documentation text (shared/seed): the operations it documents and the JSON bodies of its curl
// examples. The text lost every line that held only a bracket, so bodies are repaired from their indentation.
import { existsSync } from 'node:fs'
import { join } from 'node:path'

export const seedPath = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  '..',
  'shared',
  'seed',
  '000_3451ae5b342aaf1b.txt',
)
export const seedAvailable = existsSync(seedPath)

export function documentedOperations(text: string): Set<string> {
  return new Set([...text.matchAll(/^(?:POST|GET) \/(\w+)$/gm)].map((m) => m[1]!))
}

type Open = { char: '{' | '['; indent: number | undefined }

/** Rebuilds a JSON text from lines whose bracket-only lines are missing. */
export function repairJson(lines: string[]): string {
  const out: string[] = ['{']
  const stack: Open[] = [{ char: '{', indent: undefined }]
  const close = () => out.push(stack.pop()!.char === '{' ? '}' : ']')
  for (const raw of lines) {
    const line = raw.replace(/'\s*\\?\s*$/, '')
    const indent = line.length - line.trimStart().length
    const top = () => stack[stack.length - 1]
    if (top() && top()!.indent === undefined) top()!.indent = indent
    while (stack.length > 1 && top()!.indent !== undefined && indent < top()!.indent!) close()
    if (top()?.char === '[' && /^\s*"[^"]+"\s*:/.test(line)) {
      out.push('{')
      stack.push({ char: '{', indent })
    }
    out.push(line)
    let inString = false
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!
      if (c === '\\') i++
      else if (c === '"') inString = !inString
      else if (!inString && (c === '{' || c === '[')) stack.push({ char: c, indent: undefined })
      else if (!inString && (c === '}' || c === ']')) stack.pop()
    }
  }
  while (stack.length) close()
  return out
    .join('\n')
    .replace(/,(\s*[}\]])/g, '$1')
    .replace(/([}\]"\d]|true|false|null)(\s*\n\s*["{[])/g, '$1,$2')
}

/** The JSON bodies of the curl examples documented for each operation. */
export function curlExamples(text: string): Map<string, unknown[]> {
  const examples = new Map<string, unknown[]>()
  const sections = text.split(/^(?=POST \/\w+$)/m)
  for (const section of sections) {
    const name = /^POST \/(\w+)$/m.exec(section)?.[1]
    if (!name) continue
    const lines = section.split('\n')
    for (let i = 0; i < lines.length; i++) {
      if (!/^\s*--data '\{/.test(lines[i]!)) continue
      const body: string[] = []
      for (let j = i + 1; j < lines.length; j++) {
        const l = lines[j]!
        if (l.trim() === '' || /^(curl|from|#|osc-cli|const|gw|result)/.test(l.trim())) break
        body.push(l)
      }
      const list = examples.get(name) ?? []
      const repaired = repairJson(body)
      try {
        list.push(JSON.parse(repaired))
      } catch (error) {
        throw new Error(`${name}: cannot read the example body ${repaired}: ${String(error)}`)
      }
      examples.set(name, list)
    }
  }
  return examples
}
