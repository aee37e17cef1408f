import { describe, expect, it } from 'vitest'
import { intlFor } from '../../i18n/testing.ts'
import type { AnyCheck } from '../../ui/ActionButton.tsx'
import type { Vm } from '@osc-console/osc-api'
import { vmCan } from './vm-rules.ts'
import { parseVmType, vmName } from './vm-format.ts'
import { sshCommand } from './vm-info.tsx'
import { diffTags } from '../../kit/TagsEditor.tsx'

const vm = (changes: Partial<Vm>): Vm => ({ VmId: 'i-1', State: 'running', ...changes })

/** The reason as a reader of `locale` sees it under the disabled button. */
function reasonIn(locale: 'en' | 'fr', check: AnyCheck): string {
  if (check.allowed) return ''
  if (typeof check.reason === 'string') return check.reason
  const intl = intlFor(locale)
  return intl.formatMessage({ id: check.reason.id }, check.reason.values)
}

describe('vmCan', () => {
  it('allows stopping and rebooting a running VM, and explains why not otherwise', () => {
    expect(vmCan.stop(vm({}))).toEqual({ allowed: true })
    expect(vmCan.reboot(vm({}))).toEqual({ allowed: true })
    expect(reasonIn('en', vmCan.stop(vm({ State: 'stopped' })))).toBe(
      'Only a running VM can be stopped; this one is stopped.',
    )
    expect(reasonIn('fr', vmCan.stop(vm({ State: 'stopped' })))).toBe(
      'Seule une VM en marche peut être arrêtée ; celle-ci est stopped.',
    )
  })

  it('starts only stopped VMs and force-stops running or stuck ones', () => {
    expect(vmCan.start(vm({ State: 'stopped' })).allowed).toBe(true)
    expect(vmCan.start(vm({ State: 'pending' })).allowed).toBe(false)
    expect(vmCan.forceStop(vm({ State: 'stopping' })).allowed).toBe(true)
    expect(vmCan.forceStop(vm({ State: 'stopped' })).allowed).toBe(false)
  })

  it('refuses to terminate a protected VM and says how to proceed', () => {
    const check = vmCan.terminate(vm({ DeletionProtection: true }))
    expect(check.allowed).toBe(false)
    expect(reasonIn('en', check)).toContain('Deletion protection is on')
    expect(vmCan.terminate(vm({ State: 'terminated' })).allowed).toBe(false)
    expect(vmCan.terminate(vm({})).allowed).toBe(true)
  })

  it('changes the type only while stopped', () => {
    expect(vmCan.changeType(vm({ State: 'stopped' })).allowed).toBe(true)
    expect(vmCan.changeType(vm({})).allowed).toBe(false)
  })
})

describe('VM formatting', () => {
  it('reads the name tag and the size spelled in the type', () => {
    expect(vmName(vm({ Tags: [{ Key: 'Name', Value: 'web-1' }] }))).toBe('web-1')
    expect(parseVmType('tinav6.c4r16p1')).toEqual({ vcpu: 4, memoryGiB: 16 })
    expect(parseVmType('m4.large')).toBeUndefined()
  })

  it('builds the ssh command from the keypair and the public IP', () => {
    expect(sshCommand(vm({ KeypairName: 'ops', PublicIp: '171.33.1.2' }))).toBe(
      'ssh -i ~/.ssh/ops.pem outscale@171.33.1.2',
    )
    expect(sshCommand(vm({ PrivateIp: '10.0.0.4' }))).toBe('ssh outscale@10.0.0.4')
    expect(sshCommand(vm({}))).toBeUndefined()
  })
})

describe('diffTags', () => {
  it('turns an edited tag list into tags to create or update and tags to delete', () => {
    const before = [
      { Key: 'Name', Value: 'web-1' },
      { Key: 'env', Value: 'dev' },
      { Key: 'old', Value: 'x' },
    ]
    const after = [
      { Key: 'Name', Value: 'web-1' },
      { Key: 'env', Value: 'prod' },
      { Key: 'team', Value: 'a' },
      { Key: '  ', Value: 'ignored' },
    ]
    expect(diffTags(before, after)).toEqual({
      upsert: [
        { Key: 'env', Value: 'prod' },
        { Key: 'team', Value: 'a' },
      ],
      remove: [{ Key: 'old', Value: 'x' }],
    })
  })
})
