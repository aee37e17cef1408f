import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    name: 'bff',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 20000,
    hookTimeout: 20000,
  },
})
