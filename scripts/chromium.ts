// End-to-end tests drive the system's Chromium: Playwright cannot download its own browser here.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']

export function findChromium(): string | undefined {
  const override = process.env.CHROMIUM_PATH
  if (override) return existsSync(override) ? override : undefined
  const found = candidates.find((path) => existsSync(path))
  if (found) return found
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('No Chromium found: installing Debian\'s "chromium" package (running as root)…')
    spawnSync('apt-get', ['update'], { stdio: 'inherit' })
    spawnSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit' })
    return candidates.find((path) => existsSync(path))
  }
  return undefined
}

export function chromiumHelp(): string {
  return [
    'The end-to-end tests need Chromium, and none was found.',
    '  On Debian or Ubuntu:  sudo apt-get install -y chromium',
    '  Elsewhere: install Chromium or Chrome and set CHROMIUM_PATH=/path/to/the/browser',
  ].join('\n')
}
