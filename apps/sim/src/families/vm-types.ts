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

/** AWS names the API accepts, with their TINA equivalents' cores and memory. */
const AWS_TYPES: Record<string, [number, number]> = {
  't2.nano': [1, 0.5],
  't2.micro': [1, 1],
  't2.small': [1, 2],
  't2.medium': [2, 4],
  't2.large': [2, 8],
  'm4.large': [2, 8],
  'm4.xlarge': [4, 16],
  'm4.2xlarge': [8, 32],
  'c4.large': [2, 4],
  'c4.xlarge': [4, 8],
  'r4.large': [2, 16],
  'r4.xlarge': [4, 32],
}

const PERFORMANCE_FLAG: Record<string, string> = { highest: '1', high: '2', medium: '3' }

/** The name the VM will carry: tinavW.cXrY gets its performance flag from Performance (default high). */
export function normaliseVmType(name: string, performance?: string): string {
  return /^tinav\d+\.c\d+r\d+$/.test(name)
    ? `${name}p${PERFORMANCE_FLAG[performance ?? 'high'] ?? '2'}`
    : name
}

/** Any VM type the API accepts: the listed ones, any tinavW.cXrYpZ, and the AWS names. */
export function findVmType(name: string): VmType | undefined {
  const listed = VM_TYPES.find((t) => t.VmTypeName === name)
  if (listed) return listed
  const m = /^tinav(\d+)\.c(\d+)r(\d+)p([123])$/.exec(name)
  if (m) {
    const cores = Number(m[2])
    const ram = Number(m[3])
    if (cores < 1 || cores > 80 || ram < 1 || ram > 1039) return undefined
    return { ...tina(Number(m[1]), cores, ram, Number(m[4])), VmTypeName: name }
  }
  const aws = AWS_TYPES[name]
  if (aws)
    return {
      VmTypeName: name,
      VcoreCount: aws[0],
      MemorySize: aws[1],
      BsuOptimized: false,
      MaxPrivateIps: 30,
      Eth: 8,
      Gpu: 0,
      VolumeCount: 0,
    }
  return undefined
}

/** The hourly on-demand price of a VM type, in euros, before any currency conversion. */
export function hourlyPriceEur(name: string): number | undefined {
  const t = findVmType(name)
  if (!t) return undefined
  return Math.round(((t.VcoreCount ?? 1) * 0.035 + (t.MemorySize ?? 1) * 0.006) * 10000) / 10000
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
