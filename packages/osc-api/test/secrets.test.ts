import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { generate } from '../scripts/emitters.ts'
import { unclassifiedSecretFields } from '../scripts/sensitivity.ts'
import { loadCommittedSpec } from '../scripts/spec.ts'
import { HIDDEN_SECRET, replaceSecrets, secretFields } from '../src/index.ts'

const shared = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'oapi', 'outscale.yaml')

describe('the secret fields of the contract', () => {
  it('locates every secret the review of the spec found, in requests and answers', () => {
    expect(secretFields.ReadVms?.response).toEqual(['Vms[].UserData'])
    expect(secretFields.ReadVpnConnections?.response).toEqual([
      'VpnConnections[].ClientGatewayConfiguration',
      'VpnConnections[].VpnOptions.Phase2Options.PreSharedKey',
    ])
    expect(secretFields.ReadDirectLinkInterfaces?.response).toEqual(['DirectLinkInterfaces[].BgpKey'])
    expect(secretFields.ReadApiLogs?.response).toEqual(['Logs[].QueryHeaderRaw', 'Logs[].QueryPayloadRaw'])
    expect(secretFields.CreateDirectLinkInterface?.request).toEqual(['DirectLinkInterface.BgpKey'])
    expect(secretFields.UpdateVpnConnection?.request).toEqual(['VpnOptions.Phase2Options.PreSharedKey'])
    expect(secretFields.CreateVms?.request).toEqual(['UserData'])
    expect(secretFields.CheckAuthentication?.request).toEqual(['Password'])
    expect(secretFields.CreateSnapshotExportTask?.request).toEqual(['OsuExport.OsuApiKey.SecretKey'])
    // The boolean that asks ReadApiLogs for the raw payload is not itself a secret.
    expect(secretFields.ReadApiLogs?.request).toEqual([])
  })

  it('refuses to generate while a field that looks like a secret is not classified', () => {
    const spec = loadCommittedSpec()
    const vm = spec.components.schemas.Vm!
    vm.properties = { ...vm.properties, RootPassword: { type: 'string' } }
    expect(() => generate(spec)).toThrow(/Vm\.RootPassword/)
  })

  it.runIf(existsSync(shared))(
    'has classified every field of the spec whose name or description speaks of a secret',
    () => {
      const full = parse(readFileSync(shared, 'utf8')) as Parameters<typeof unclassifiedSecretFields>[0]
      expect(unclassifiedSecretFields(full)).toEqual([])
    },
  )

  it('replaces a secret at every depth and array item, and leaves absent paths alone', () => {
    const answer = {
      VpnConnections: [
        { VpnConnectionId: 'vpn-1', VpnOptions: { Phase2Options: { PreSharedKey: 'k1' } } },
        { VpnConnectionId: 'vpn-2' },
      ],
    }
    replaceSecrets(answer, secretFields.ReadVpnConnections!.response, HIDDEN_SECRET)
    expect(answer).toEqual({
      VpnConnections: [
        { VpnConnectionId: 'vpn-1', VpnOptions: { Phase2Options: { PreSharedKey: HIDDEN_SECRET } } },
        { VpnConnectionId: 'vpn-2' },
      ],
    })
  })
})
