// Ships the message catalogues already parsed: each `messages.<lang>.ts` becomes the ICU syntax trees of its
// messages, so the browser needs only the console's small formatter (src/i18n/message-format.ts), no parser.
// The catalogues are plain object literals of strings; anything else fails the build with the file's name.
import { parse } from '@formatjs/icu-messageformat-parser'
import type { Plugin } from 'vite'

const CATALOGUE = /[\\/]messages\.[a-z]{2}\.ts$/

export function precompileMessages(): Plugin {
  return {
    name: 'osc-console:precompile-messages',
    // After TypeScript is stripped, so the module is `export default { … }` with only strings in it.
    enforce: 'post',
    config: () => ({
      resolve: {
        alias: { '@formatjs/icu-messageformat-parser': '@formatjs/icu-messageformat-parser/no-parser.js' },
      },
    }),
    transform(code, id) {
      if (!CATALOGUE.test(id)) return undefined
      const body = code.replace(/^\s*export default\s*/m, 'return ')
      let messages: unknown
      try {
        messages = new Function(body)()
      } catch (error) {
        throw new Error(`${id} must be a plain object of message strings: ${String(error)}`)
      }
      const trees = Object.fromEntries(
        Object.entries(messages as Record<string, string>).map(([key, message]) => [key, parse(message)]),
      )
      return { code: `export default ${JSON.stringify(trees)}`, map: null }
    },
  }
}
