// The VM types a region offers (tinav5/tinav6 families); public, no authentication needed.
import type { VmType } from '@osc-console/osc-api'
import type { HandlerMap } from '../context.ts'
import { readList } from '../filters.ts'

function tina(gen: number, cores: number, ram: number, perf: number): VmType {
  return {
    VmTypeName: `tinav${gen}.c${cores}r${ram}p${perf}`,
    VcoreCount: cores,
    MemorySize: ram,
    BsuOptimized: true,
    MaxPrivateIps: 30,
    Eth: 8,
    Gpu: 0,
    VolumeCount: 0,
  }
}

export const VM_TYPES: readonly VmType[] = [
  ...[1, 2, 4, 8, 16].flatMap((c) => [1, 2, 4].map((m) => tina(5, c, c * m, 2))),
  ...[2, 4, 8, 16, 32].flatMap((c) => [2, 4].map((m) => tina(6, c, c * m, 2))),
  ...[2, 4, 8].map((c) => tina(6, c, c * 4, 1)),
]

export function findVmType(name: string): VmType | undefined {
  return VM_TYPES.find((t) => t.VmTypeName === name)
}

export const handlers: HandlerMap = {
  ReadVmTypes: (req) => {
    const { page, nextPageToken } = readList(VM_TYPES, req, {
      VmTypeNames: 'VmTypeName',
      VcoreCounts: 'VcoreCount',
      MemorySizes: 'MemorySize',
    })
    return { VmTypes: page, ...(nextPageToken ? { NextPageToken: nextPageToken } : {}) }
  },
}
