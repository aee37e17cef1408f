// Standalone simulator: `npm run sim -- --port 8181 --seed demo` from the repo root.
import { DEMO_ACCOUNTS, LINKED_ACCOUNTS } from './accounts.ts'
import { parseArgs } from './config.ts'
import { startSimulator } from './index.ts'

let options
try {
  options = parseArgs(process.argv.slice(2))
} catch (err) {
  console.error((err as Error).message)
  process.exit(2)
}

const sim = await startSimulator(options)
console.log(
  `OUTSCALE API simulator listening on ${sim.url} (seed ${options.seed ?? 'demo'}, clock ${options.clock ?? 'real'})`,
)
console.log(
  `  API: POST ${sim.url}/api/v1/<Action>   admin: ${sim.url}/_sim/{reset,clock/advance,faults,stats}`,
)
console.log('  Demo accounts (local demo secrets):')
for (const a of DEMO_ACCOUNTS) {
  console.log(
    `    ${a.accountId} ${a.region}  access key ${a.accessKeyId}  secret key ${a.secretKey}  login ${a.login} / ${a.password}`,
  )
}
console.log('  Linked to the first one, for its Overall consumption (not in the console):')
for (const a of LINKED_ACCOUNTS) {
  console.log(`    ${a.accountId} ${a.region}  access key ${a.accessKeyId}  secret key ${a.secretKey}`)
}
console.log(
  `  Try: curl --aws-sigv4 "osc:osc:eu-west-2:api" --user ${DEMO_ACCOUNTS[0]?.accessKeyId}:${DEMO_ACCOUNTS[0]?.secretKey} -H 'Content-Type: application/json' -d '{}' ${sim.url}/api/v1/ReadVms`,
)

const stop = () => {
  sim.close().finally(() => process.exit(0))
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
