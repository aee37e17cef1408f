// Where a JSON text stops being valid, as a line and column. JSON.parse's own message quotes the text around the
// mistake, and the files the console reads (credential profiles, its configuration) hold secrets: an error that
// names the file and the position lets a person find the mistake without the secret reaching a log.

export interface TextPosition {
  line: number
  column: number
}

/** The 1-based line and column of the first syntax error in `text`, or undefined when it is valid JSON. */
export function jsonErrorPosition(text: string): TextPosition | undefined {
  const offset = firstErrorOffset(text)
  return offset === undefined ? undefined : positionOf(text, offset)
}

export function positionOf(text: string, offset: number): TextPosition {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: offset - lineStart + 1 }
}

class SyntaxAt {
  constructor(readonly offset: number) {}
}

function firstErrorOffset(text: string): number | undefined {
  let i = 0
  const fail = (): never => {
    throw new SyntaxAt(i)
  }
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++
  }
  const expect = (c: string) => (text[i] === c ? i++ : fail())
  const string = () => {
    expect('"')
    while (i < text.length && text[i] !== '"') {
      const code = text.charCodeAt(i)
      if (code < 0x20) fail()
      if (text[i] === '\\') {
        i++
        const escaped = text[i]
        if (escaped === 'u') {
          for (let k = 1; k <= 4; k++) if (!/[0-9a-fA-F]/.test(text[i + k] ?? '')) fail()
          i += 4
        } else if (escaped === undefined || !'"\\/bfnrt'.includes(escaped)) fail()
      }
      i++
    }
    expect('"')
  }
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400))
    if (!match || match[0] === '' || match[0] === '-') fail()
    i += match![0].length
  }
  const literal = (word: string) => {
    for (const c of word) expect(c)
  }
  const value = (depth: number): void => {
    if (depth > 1000) fail()
    space()
    const c = text[i]
    if (c === '{') {
      i++
      space()
      if (text[i] === '}') return void i++
      for (;;) {
        space()
        string()
        space()
        expect(':')
        value(depth + 1)
        space()
        if (text[i] === ',') i++
        else return void expect('}')
      }
    }
    if (c === '[') {
      i++
      space()
      if (text[i] === ']') return void i++
      for (;;) {
        value(depth + 1)
        space()
        if (text[i] === ',') i++
        else return void expect(']')
      }
    }
    if (c === '"') return string()
    if (c === 't') return literal('true')
    if (c === 'f') return literal('false')
    if (c === 'n') return literal('null')
    return number()
  }
  try {
    value(0)
    space()
    if (i < text.length) fail()
    return undefined
  } catch (error) {
    if (error instanceof SyntaxAt) return error.offset
    throw error
  }
}
