// The same request as a command a person can run outside the console. Credentials stay in environment
// variables the person sets themselves: the console never prints a key.

/** Quotes a string for POSIX shells. */
export function shellQuote(value: string): string {
  if (/^[A-Za-z0-9_./:=@%+-]+$/.test(value)) return `'${value}'`
  return `'${value.replace(/'/g, `'\\''`)}'`
}

function cliValue(value: unknown): string {
  if (typeof value === 'string') return shellQuote(value)
  if (typeof value === 'number') return String(value)
  // osc-cli reads top-level booleans in Python spelling.
  if (typeof value === 'boolean') return value ? 'True' : 'False'
  return shellQuote(JSON.stringify(value))
}

export function oscCliCommand(action: string, params: object, profile = 'default'): string {
  const lines = [`osc-cli api ${action} --profile ${shellQuote(profile)}`]
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue
    lines.push(`  --${key} ${cliValue(value)}`)
  }
  return lines.join(' \\\n')
}

export function apiEndpoint(region: string): string {
  return `https://api.${region}.outscale.com/api/v1`
}

export function curlCommand(action: string, params: object, region: string): string {
  return [
    `curl -X POST ${shellQuote(`${apiEndpoint(region)}/${action}`)}`,
    `  --user "$OSC_ACCESS_KEY:$OSC_SECRET_KEY"`,
    `  --aws-sigv4 'osc'`,
    `  --header 'Content-Type: application/json'`,
    `  --data ${shellQuote(JSON.stringify(params))}`,
  ].join(' \\\n')
}
