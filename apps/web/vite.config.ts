import { defineConfig } from 'vite'
import tailwindcss from '@tailwindcss/vite'
import { precompileMessages } from './precompile-messages.ts'

// The BFF that the dev server forwards /api and /auth to (npm run dev starts it on 8080).
const bff = process.env.OSC_CONSOLE_BFF_URL ?? 'http://localhost:8080'

export default defineConfig({
  plugins: [tailwindcss(), precompileMessages()],
  // React's automatic JSX runtime through Vite's own transform: no React plugin needed for a production build.
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
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
        // Everything the first page needs before it draws is one file: a few dozen small shared chunks cost more
        // (a gzip stream each, and each one's hashed name in every importer) than the bytes they would spare a
        // later page. What only some pages use still gets its own chunks.
        codeSplitting: {
          groups: [{ name: 'app', tags: ['$initial'], test: (id) => !id.endsWith('/src/main.tsx') }],
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
