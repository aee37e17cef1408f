// A malformed credentials profile or configuration file stops the start with an error that names the file and
// the position of the mistake, never the text around it: that text is where the secret keys are.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseConfig } from '../../src/config.ts'
import { start } from '../../src/server.ts'
import { createLogger } from '../../src/logger.ts'

const SECRET = 'SECRETKEY0123456789ABCDEF'
const dir = mkdtempSync(join(tmpdir(), 'osc-console-boot-'))

async function startError(options: Parameters<typeof start>[0]): Promise<string> {
  try {
    const running = await start({
      ...options,
      port: 0,
      host: '127.0.0.1',
      logger: createLogger({ level: 'silent' }),
    })
    await running.close()
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('the console started with a malformed file')
}

describe('a malformed file read at start', () => {
  it('names the profile file and the line and column of the mistake, not its content', async () => {
    const file = join(dir, 'osc-config.json')
    writeFileSync(file, `{\n  "default": {\n    "access_key": "AK",\n    "secret_key": ${SECRET}\n  }\n}\n`)
    const config = parseConfig({
      dataDir: ':memory:',
      accounts: [{ id: 'prod', credentials: { profile: 'default', file } }],
    })
    const message = await startError({ config })
    expect(message).toContain(file)
    expect(message).toContain('line 4, column 19')
    expect(message).not.toContain(SECRET)
    expect(message).not.toContain(SECRET.slice(0, 6))
  })

  it('names the configuration file and the position of a YAML or JSON mistake, not its content', async () => {
    const yamlFile = join(dir, 'console.yaml')
    writeFileSync(
      yamlFile,
      `accounts:\n  - id: prod\n    credentials: { accessKey: ${SECRET}, secretKey: "${SECRET}\n`,
    )
    const yamlMessage = await startError({ configPath: yamlFile })
    expect(yamlMessage).toContain(yamlFile)
    expect(yamlMessage).toMatch(/line \d+, column \d+/)
    expect(yamlMessage).not.toContain(SECRET.slice(0, 6))

    const jsonFile = join(dir, 'console.json')
    writeFileSync(jsonFile, `{"accounts": [{"id": "prod", "credentials": {"accessKey": ${SECRET}}}]}`)
    const jsonMessage = await startError({ configPath: jsonFile })
    expect(jsonMessage).toContain(jsonFile)
    expect(jsonMessage).toContain('line 1, column 59')
    expect(jsonMessage).not.toContain(SECRET.slice(0, 6))
  })
})
