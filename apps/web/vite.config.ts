import { defineConfig } from 'vite'
import tailwindcss from '@tailwindcss/vite'
import type { Plugin } from 'vite'

/**
 * The contract package's catalogue module also carries the zod schemas the servers validate with (a third of
 * the bundle once zod comes along). The SPA only reads the catalogue, so the schema half is cut off here.
 * Remove this once the generator emits the schemas in a module of their own.
 */
function catalogueWithoutSchemas(): Plugin {
  return {
    name: 'osc-console:catalogue-without-schemas',
    enforce: 'pre',
    transform(code, id) {
      if (!/osc-api\/src\/generated\/catalogue\.ts$/.test(id)) return null
      const cut = code.indexOf("import * as S from './zod.ts'")
      if (cut === -1) return null
      return {
        code: `${code.slice(0, cut)}\nexport const requestSchemas = {}\nexport const responseSchemas = {}\n`,
        map: null,
      }
    },
  }
}

// The BFF that the dev server forwards /api and /auth to (npm run dev starts it on 8080).
const bff = process.env.OSC_CONSOLE_BFF_URL ?? 'http://localhost:8080'

export default defineConfig({
  plugins: [catalogueWithoutSchemas(), tailwindcss()],
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
    rolldownOptions: {
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
