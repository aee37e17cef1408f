import { describe, expect, it } from 'vitest'
import { curlCommand, oscCliCommand, shellQuote } from './commands.ts'

describe('equivalent commands', () => {
  const params = {
    ImageId: 'ami-12345678',
    MinVmsCount: 1,
    DeletionProtection: true,
    SecurityGroupIds: ['sg-1'],
  }

  it('writes an osc-cli command with JSON for lists and Python booleans', () => {
    expect(oscCliCommand('CreateVms', params)).toBe(
      [
        `osc-cli api CreateVms --profile 'default'`,
        `  --ImageId 'ami-12345678'`,
        `  --MinVmsCount 1`,
        `  --DeletionProtection True`,
        `  --SecurityGroupIds '["sg-1"]'`,
      ].join(' \\\n'),
    )
  })

  it('writes a curl command signed with --aws-sigv4 osc and credentials from the environment only', () => {
    const command = curlCommand('StopVms', { VmIds: ['i-1'] }, 'eu-west-2')
    expect(command).toContain(`curl -X POST 'https://api.eu-west-2.outscale.com/api/v1/StopVms'`)
    expect(command).toContain(`--aws-sigv4 'osc'`)
    expect(command).toContain(`--user "$OSC_ACCESS_KEY:$OSC_SECRET_KEY"`)
    expect(command).toContain(`--data '{"VmIds":["i-1"]}'`)
  })

  it('quotes single quotes so user data cannot break out of the shell string', () => {
    expect(shellQuote(`it's`)).toBe(`'it'\\''s'`)
  })
})
