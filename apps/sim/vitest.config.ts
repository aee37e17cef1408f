import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    name: 'sim',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 20000,
    // The test files share no module state that matters; not re-importing the contract's schemas per file saves
    // most of the suite's start-up time.
    isolate: false,
  },
})
