import { describe, expect, it } from 'vitest'
import { answerList, cellText, nextPageToken, requestIdOf } from './answer.ts'

const context = { ResponseContext: { RequestId: '0475ca1e-d0c5-441d-712a-da55a4175157' } }

describe('an answer shown as a list', () => {
  it('is the first array of objects, its columns scalars first', () => {
    const list = answerList({
      ...context,
      VirtualGateways: [
        { VirtualGatewayId: 'vgw-1', NetToVirtualGatewayLinks: [], State: 'available', Tags: [] },
        { VirtualGatewayId: 'vgw-2', ConnectionType: 'ipsec.1' },
      ],
    })
    expect(list?.path).toBe('VirtualGateways')
    expect(list?.items).toHaveLength(2)
    expect(list?.columns).toEqual([
      'VirtualGatewayId',
      'State',
      'ConnectionType',
      'NetToVirtualGatewayLinks',
      'Tags',
    ])
  })

  it('is an empty list when the answer’s list is empty', () => {
    expect(answerList({ ...context, ClientGateways: [] })).toEqual({
      path: 'ClientGateways',
      items: [],
      columns: [],
    })
  })

  it('is at the top level of the answer only', () => {
    expect(answerList({ ...context, Account: { Quotas: [{ Name: 'x' }] } })).toBeUndefined()
  })

  it('is absent from an answer that holds one resource', () => {
    expect(
      answerList({ ...context, ClientGateway: { ClientGatewayId: 'cgw-1', Tags: ['a'] } }),
    ).toBeUndefined()
    expect(answerList({ ...context, Names: ['a', 'b'] })).toBeUndefined()
  })
})

describe('a cell', () => {
  it('shows scalars as they are, short lists joined, and cuts long objects', () => {
    expect(cellText(42)).toBe('42')
    expect(cellText(false)).toBe('false')
    expect(cellText(['a', 'b'])).toBe('a, b')
    expect(cellText({ Key: 'k', Value: 'v' })).toBe('{"Key":"k","Value":"v"}')
    expect(cellText({ Text: 'x'.repeat(200) })).toHaveLength(80)
  })
})

it('finds the RequestId of an answer', () => {
  expect(requestIdOf(context)).toBe('0475ca1e-d0c5-441d-712a-da55a4175157')
  expect(requestIdOf({})).toBeUndefined()
})

it('finds the token of the next page, when more pages follow', () => {
  expect(nextPageToken({ ...context, Vms: [], NextPageToken: 'dG9rZW4=' })).toBe('dG9rZW4=')
  expect(nextPageToken({ ...context, Vms: [], NextPageToken: '' })).toBeUndefined()
  expect(nextPageToken({ ...context, Vms: [] })).toBeUndefined()
})
