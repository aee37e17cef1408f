// What every page of the console must pass: axe-core finds no serious or critical violation, and a screenshot in
// the light and the dark theme is kept with the test output for a person to look at.
import { createRequire } from 'node:module'
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, type Page } from '@playwright/test'

const require = createRequire(import.meta.url)
// The console's strict CSP (script-src 'self') refuses an injected <script> tag, so axe is evaluated through the
// DevTools protocol instead, which leaves the page's own policy untouched.
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
const screenshots = join(import.meta.dirname, '..', '.output', 'screenshots')

type AxeResult = { id: string; impact?: string | null; help: string; nodes: Array<{ target: unknown[] }> }
declare global {
  interface Window {
    axe?: { run(context?: unknown, options?: unknown): Promise<{ violations: AxeResult[] }> }
  }
}

export async function expectNoSeriousA11yViolations(page: Page) {
  await page.evaluate(axeSource)
  const violations = await page.evaluate(async () => {
    const result = await window.axe!.run(document, { resultTypes: ['violations'] })
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`,
      )
  })
  expect(violations, 'serious or critical accessibility violations').toEqual([])
}

/** Saves `<name>-light.png` and `<name>-dark.png`, switching the theme through the page's preference. */
export async function screenshotBothThemes(page: Page, name: string) {
  mkdirSync(screenshots, { recursive: true })
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await page.screenshot({ path: join(screenshots, `${name}-${scheme}.png`), fullPage: true })
  }
  await page.emulateMedia({ colorScheme: 'light' })
}
