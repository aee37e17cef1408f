// With OSC_CONSOLE_BUNDLE_REPORT=<file>, the build also writes which modules each chunk holds and how many bytes
// each renders to (before minifying): the benchmark reads it to say what each library adds to the first route.
import { writeFileSync } from 'node:fs'
import type { Plugin } from 'vite'

/** One chunk of the build: its file, the chunks it imports statically, and its modules' rendered lengths. */
export interface ReportedChunk {
  fileName: string
  imports: string[]
  modules: Record<string, number>
}

export function bundleReport(file: string | undefined): Plugin {
  return {
    name: 'osc-console:bundle-report',
    apply: () => Boolean(file),
    generateBundle(_options, bundle) {
      const chunks: ReportedChunk[] = Object.values(bundle).flatMap((item) =>
        item.type === 'chunk'
          ? [
              {
                fileName: item.fileName,
                imports: item.imports,
                modules: Object.fromEntries(
                  Object.entries(item.modules).map(([id, m]) => [id, m.renderedLength]),
                ),
              },
            ]
          : [],
      )
      writeFileSync(file!, JSON.stringify(chunks))
    },
  }
}
