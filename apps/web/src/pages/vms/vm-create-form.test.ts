import { describe, expect, it } from 'vitest'
import { overQuota, quotaLines } from '../../forms/quota-check.ts'
import {
  buildCreateVmsParams,
  encodeUserData,
  initialForm,
  validateForm,
  vmQuotaNeeds,
} from './vm-create-form.ts'

describe('the create-VM request', () => {
  it('sends one VM with its ClientToken, root volume and only the fields filled in', () => {
    const form = { ...initialForm(), imageId: 'ami-1', vmType: 'tinav5.c2r4p2', clientToken: 'tok-1' }
    expect(buildCreateVmsParams(form)).toEqual({
      ImageId: 'ami-1',
      VmType: 'tinav5.c2r4p2',
      MinVmsCount: 1,
      MaxVmsCount: 1,
      ClientToken: 'tok-1',
      BlockDeviceMappings: [
        { DeviceName: '/dev/sda1', Bsu: { VolumeSize: 10, VolumeType: 'gp2', DeleteOnVmDeletion: true } },
      ],
    })
  })

  it('places the VM in a subnet, adds volumes, security groups, keypair and encoded user data', () => {
    const params = buildCreateVmsParams({
      ...initialForm(),
      imageId: 'ami-1',
      placement: 'net',
      netId: 'vpc-1',
      subnetId: 'subnet-1',
      subregion: 'eu-west-2a',
      keypairName: 'ops',
      securityGroupIds: ['sg-1'],
      volumes: [{ sizeGiB: 50, type: 'io1', iops: 500 }],
      userData: '#!/bin/sh\necho é',
      deletionProtection: true,
    })
    expect(params.SubnetId).toBe('subnet-1')
    expect(params.Placement).toBeUndefined()
    expect(params.KeypairName).toBe('ops')
    expect(params.SecurityGroupIds).toEqual(['sg-1'])
    expect(params.BlockDeviceMappings?.[1]).toEqual({
      DeviceName: '/dev/xvdb',
      Bsu: { VolumeSize: 50, VolumeType: 'io1', DeleteOnVmDeletion: true, Iops: 500 },
    })
    expect(atob(params.UserData ?? '')).toBe(
      String.fromCharCode(...new TextEncoder().encode('#!/bin/sh\necho é')),
    )
    expect(params.DeletionProtection).toBe(true)
    expect(encodeUserData('a')).toBe('YQ==')
  })

  it('keeps the same ClientToken for the life of the form so a retry cannot create a second VM', () => {
    const form = initialForm()
    expect(buildCreateVmsParams(form).ClientToken).toBe(
      buildCreateVmsParams({ ...form, name: 'x' }).ClientToken,
    )
    expect(initialForm().clientToken).not.toBe(form.clientToken)
  })

  it('lists what must be fixed before sending', () => {
    const problems = validateForm({
      ...initialForm(),
      placement: 'net',
      tags: [
        { Key: 'a', Value: '1' },
        { Key: 'a', Value: '2' },
      ],
    })
    expect(problems.imageId).toEqual({ id: 'vmForms.problem.image' })
    expect(problems.subnetId).toEqual({ id: 'vmForms.problem.subnet' })
    expect(problems.tags).toEqual({ id: 'forms.tags.duplicate', values: { key: 'a' } })
  })

  it('refuses an emptied size rather than sending it, and names the volume', () => {
    const problems = validateForm({
      ...initialForm(),
      imageId: 'ami-1',
      rootSizeGiB: Number.NaN,
      volumes: [
        { sizeGiB: 10, type: 'gp2' },
        { sizeGiB: 0, type: 'gp2' },
      ],
    })
    expect(problems.rootSizeGiB).toEqual({ id: 'vmForms.problem.rootSize' })
    expect(problems['volumes.1.sizeGiB']).toEqual({ id: 'vmForms.problem.volumeSize', values: { n: 2 } })
    expect(problems['volumes.0.sizeGiB']).toBeUndefined()
  })
})

describe('the quota check before submission', () => {
  const quotas = [
    { Name: 'vm_limit', MaxValue: 10, UsedValue: 9 },
    { Name: 'core_limit', MaxValue: 20, UsedValue: 18 },
    { Name: 'memory_limit', MaxValue: 64, UsedValue: 10 },
  ]
  const over = (vmType: string) => overQuota(quotaLines(quotas, vmQuotaNeeds(vmType)))

  it('lets a VM through that fits in every quota', () => {
    expect(over('tinav5.c2r4p2')).toEqual([])
  })

  it('blocks a VM that needs more cores than are left, saying which quota and by how much', () => {
    expect(over('tinav5.c4r8p2')).toEqual([
      { name: 'core_limit', label: { id: 'vmForms.quota.cores' }, used: 18, max: 20, requested: 4 },
    ])
  })

  it('blocks when the VM count is at its limit', () => {
    const full = quotas.map((q) => (q.Name === 'vm_limit' ? { ...q, UsedValue: 10 } : q))
    expect(overQuota(quotaLines(full, vmQuotaNeeds('tinav5.c1r1p2'))).map((l) => l.name)).toEqual([
      'vm_limit',
    ])
  })
})
