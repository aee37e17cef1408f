import { defineConfig } from 'vite'
import tailwindcss from '@tailwindcss/vite'
import { precompileMessages } from './precompile-messages.ts'
import { pageChunk } from './page-chunk.ts'
import { bundleReport } from './bundle-report.ts'

// The BFF that the dev server forwards /api and /auth to (npm run dev starts it on 8080).
const bff = process.env.OSC_CONSOLE_BFF_URL ?? 'http://localhost:8080'

// The shell's words (i18n/catalog.ts, `shellWords`: app, i18n and ui) always load together, in one language: one file
// per language rather than three, which gzip compresses together (0.17 KB less on the first route, and two requests fewer).
const shellWords = {
  en: /[\\/]src[\\/](app|i18n|ui)[\\/]messages\.en\.ts$/,
  fr: /[\\/]src[\\/](app|i18n|ui)[\\/]messages\.fr\.ts$/,
}

const landing = pageChunk(/[\\/]src[\\/]pages[\\/]home[\\/]HomePage\.tsx$/, 'home')
const listKit = pageChunk(/[\\/]src[\\/]kit[\\/]ResourceListPage\.tsx$/, 'list')

export default defineConfig({
  plugins: [
    tailwindcss(),
    precompileMessages(),
    landing.plugin,
    listKit.plugin,
    bundleReport(process.env.OSC_CONSOLE_BUNDLE_REPORT),
  ],
  // React's automatic JSX runtime through Vite's own transform: no React plugin needed for a production build.
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  resolve: {
    alias: {
      // React 19 has useSyncExternalStore: TanStack's store need not ship the fallback for React 17 (0.5 KB).
      'use-sync-external-store/shim/with-selector': 'use-sync-external-store/with-selector',
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: bff, changeOrigin: false },
      '/auth': { target: bff, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The page runs under a strict CSP: never inline an asset as a data: URL script or style.
    assetsInlineLimit: 0,
    sourcemap: false,
    // Every browser the console supports preloads modules itself: no polyfill in the first route.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // What every first page needs before it draws is two files, each under 70 KB gzipped: React (it changes only
        // with an upgrade, so it stays cached across releases), then the other libraries with the console's shell.
        // The account home comes in one more file with its parts, a list page in its own small one and the list kit
        // (page-chunk.ts). More, smaller shared chunks would cost more (a gzip stream each, and each one's hashed
        // name in every importer) than the bytes they would spare a later page. What only some pages use gets its
        // own chunks.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              tags: ['$initial'],
              test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            },
            { name: 'words-en', test: shellWords.en },
            { name: 'words-fr', test: shellWords.fr },
            { name: 'app', tags: ['$initial'], test: (id) => !id.endsWith('/src/main.tsx') },
            { name: 'home', test: landing.test },
            { name: 'list', test: listKit.test },
          ],
        },
      },
      onwarn(warning, warn) {
        // React libraries mark modules "use client" for server components; meaningless in an SPA bundle.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return
        // Timing notes about Tailwind's transform on a slow machine: not a problem with the build.
        if (warning.code === 'PLUGIN_TIMINGS') return
        warn(warning)
      },
    },
  },
})
