import { describe, expect, it } from 'vitest'
import { clearSessionForms, draftOf, type DraftStorage } from './drafts.ts'

/** An in-memory Web Storage: the tests run in Node, which has no sessionStorage. */
function memoryStorage(entries: Record<string, string>): DraftStorage & { entries: Map<string, string> } {
  const map = new Map(Object.entries(entries))
  return {
    entries: map,
    get length() {
      return map.size
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  }
}

describe('form drafts', () => {
  it('never keep a field marked unsaved, such as a VM’s user data', () => {
    const draft = draftOf({ name: 'web-1', vmType: 'tinav5.c1r1p2', userData: 'PASSWORD=hunter2' }, [
      'userData',
    ])
    expect(draft).toEqual({ name: 'web-1', vmType: 'tinav5.c1r1p2' })
    expect(JSON.stringify(draft)).not.toContain('hunter2')
  })

  it('are all forgotten on sign-out, and nothing else in the tab is', () => {
    const storage = memoryStorage({
      'osc-console:form:create-vm:demo-eu': '{"name":"web-1"}',
      'osc-console:form:create-vm:demo-us': '{"name":"db-1"}',
      'osc-console:theme': 'dark',
    })
    clearSessionForms(storage)
    expect([...storage.entries.keys()]).toEqual(['osc-console:theme'])
  })
})
