// End-to-end stories of the whole stack (simulator → BFF → built SPA, dev IdP for sign-in) in the system's Chromium.
// Each worker runs its own stack (see support/fixtures.ts), so two workers never reset each other's simulator.
import { defineConfig } from '@playwright/test'

export default defineConfig({
  testDir: 'tests',
  outputDir: '.output',
  globalSetup: './support/global-setup.ts',
  workers: process.env.CI_E2E_WORKERS ? Number(process.env.CI_E2E_WORKERS) : 2,
  retries: 0,
  fullyParallel: false,
  forbidOnly: true,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? '.output/report.json' }],
  ],
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    },
    actionTimeout: 15_000,
    navigationTimeout: 20_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
})
