// The landing page (an account's home) in one chunk with everything it imports that the shell does not: left to
// the bundler, the parts it shares with other pages (page header, sections, usage bars, resource links…) become a
// dozen small chunks, each a request and a gzip stream of its own on the first route. Later pages find these parts
// already loaded.
import type { Plugin } from 'vite'

const LANDING = /[\\/]src[\\/]pages[\\/]home[\\/]HomePage\.tsx$/
const CATALOGUE = /[\\/]messages\.[a-z]{2}\.ts$/

export function landingChunk(): { plugin: Plugin; test: (id: string) => boolean } {
  const modules = new Set<string>()
  const plugin: Plugin = {
    name: 'osc-console:landing-chunk',
    apply: 'build',
    // The module graph is complete here, before chunks are made: note what the landing page imports statically.
    buildEnd() {
      modules.clear()
      const landing = [...this.getModuleIds()].find((id) => LANDING.test(id))
      if (!landing) throw new Error('The landing page (pages/home/HomePage.tsx) is not in the build')
      const visit = (id: string) => {
        if (modules.has(id) || CATALOGUE.test(id) || id.includes('node_modules')) return
        modules.add(id)
        for (const imported of this.getModuleInfo(id)?.importedIds ?? []) visit(imported)
      }
      visit(landing)
    },
  }
  return { plugin, test: (id) => modules.has(id) }
}
