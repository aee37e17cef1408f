// A page in one chunk with everything it imports that the shell does not. Left to the bundler, the parts a page
// shares with other pages (page header, sections, usage bars, the list kit's toolbar, columns, export…) become a
// dozen small chunks, each a request and a gzip stream of its own on the first route. Used for the landing page
// (an account's home) and the list kit every list page stands on: later pages find these parts already loaded.
import type { Plugin } from 'vite'

const CATALOGUE = /[\\/]messages\.[a-z]{2}\.ts$/

export function pageChunk(entry: RegExp, name: string): { plugin: Plugin; test: (id: string) => boolean } {
  const modules = new Set<string>()
  const plugin: Plugin = {
    name: `osc-console:${name}-chunk`,
    apply: 'build',
    // The module graph is complete here, before chunks are made: note what the page imports statically (its words
    // load on their own, in the reader's language only).
    buildEnd() {
      modules.clear()
      const page = [...this.getModuleIds()].find((id) => entry.test(id))
      if (!page) throw new Error(`No module matches ${String(entry)} in the build`)
      const visit = (id: string) => {
        if (modules.has(id) || CATALOGUE.test(id) || id.includes('node_modules')) return
        modules.add(id)
        for (const imported of this.getModuleInfo(id)?.importedIds ?? []) visit(imported)
      }
      visit(page)
    },
  }
  return { plugin, test: (id) => modules.has(id) }
}
