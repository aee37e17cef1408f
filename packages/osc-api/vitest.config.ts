import { defineConfig } from 'vitest/config'

export default defineConfig({ test: { name: 'osc-api', include: ['test/**/*.test.ts'], testTimeout: 60000 } })
