// CPU time a process has used. On a loaded machine the time a call takes measures the queue for the cores; the CPU
// a server spends per call does not, so ratios of it stay steady when the machine is busy.
import { readFileSync } from 'node:fs'

const TICKS_PER_SECOND = 100

/** The CPU time (user and system) the process `pid` has used so far, in milliseconds, from /proc. */
export function processCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  // The fields after the command name, which is in parentheses and may hold spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND
}
