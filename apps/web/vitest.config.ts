import { defineConfig } from 'vitest/config'

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  test: { name: 'web', include: ['src/**/*.test.ts', 'src/**/*.test.tsx'], testTimeout: 20000 },
})
