import { describe, expect, it } from 'vitest'
import type { ApiError } from '@osc-console/data'
import { createSessionRedirect } from './session-redirect.ts'

function recorder() {
  const visited: string[] = []
  return { visited, redirect: createSessionRedirect((url) => visited.push(url)) }
}

describe('the session-expired redirect', () => {
  it('sends the person to sign in once, coming back to the same page', () => {
    const { visited, redirect } = recorder()
    redirect.expired('/vms?account=demo-eu')
    redirect.expired('/volumes')
    expect(visited).toEqual(['/auth/login?returnTo=%2Fvms%3Faccount%3Ddemo-eu'])
  })

  it('stays put when a refresh gets a 401 while the person is signing out', () => {
    const { visited, redirect } = recorder()
    redirect.hold()
    redirect.expired('/vms')
    expect(visited).toEqual([])
  })

  it('sends the person to sign in again once a failed sign-out lets them stay', () => {
    const { visited, redirect } = recorder()
    redirect.hold()
    redirect.release()
    redirect.expired('/vms')
    expect(visited).toEqual(['/auth/login?returnTo=%2Fvms'])
  })

  it('asks for the password again when someone ended the session, still coming back to the same page', () => {
    const { visited, redirect } = recorder()
    redirect.expired('/demo-eu/vms', { login: '/auth/login?returnTo=%2F&prompt=login' } as ApiError)
    expect(visited).toEqual(['/auth/login?returnTo=%2Fdemo-eu%2Fvms&prompt=login'])
  })
})
