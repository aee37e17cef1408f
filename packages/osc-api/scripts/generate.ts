// Generates the contract from the OUTSCALE OpenAPI description:
//   spec/outscale.yaml          schema-only copy (no prose), committed, the input of every later step
//   src/generated/types.ts      a TypeScript type per schema, Request/Response per operation, the Actions map
//   src/generated/zod.ts        a strict zod schema per schema
//   src/generated/catalogue.ts  one entry per operation: verb, family, pagination, ClientToken, DryRun, auth, sensitive
//   src/generated/request-forms/  per family, every request's fields with their prose, for the explorer's forms
//   spec/request-prose.json     the prose those forms show (operation and request-field descriptions), committed
//                               beside the schema-only spec so that regenerating needs no other input
//
// Usage: tsx scripts/generate.ts [--from-shared PATH]   (default: ../../../shared/oapi/outscale.yaml when present,
// else the committed spec/outscale.yaml — so regenerating on any clone is possible and must produce no diff).
//
// spec.ts reads the spec and its prose, sensitivity.ts decides which calls and fields are secret, emitters.ts writes
// the files; this entry chooses the input and writes them out.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { parse, stringify } from 'yaml'
import { SPEC_VERSION } from '../src/pinned.ts'
import { generate } from './emitters.ts'
import { assertSecretsClassified } from './sensitivity.ts'
import {
  committedProse,
  committedSpec,
  loadCommittedSpec,
  pkg,
  proseFromShared,
  schemaOnly,
  sharedSpec,
  type Spec,
} from './spec.ts'

export function specFromShared(path = sharedSpec): string {
  const full = parse(readFileSync(path, 'utf8')) as Spec
  if (full.info.version !== SPEC_VERSION)
    throw new Error(`${path} is version ${String(full.info.version)}, but src/pinned.ts pins ${SPEC_VERSION}`)
  // The prose is read here, before it is stripped: a field described as a password or a key must be classified.
  assertSecretsClassified(full, path)
  return stringify(schemaOnly(full), { lineWidth: 0 })
}

function main() {
  const args = process.argv.slice(2)
  const from =
    args[0] === '--from-shared' ? (args[1] ?? sharedSpec) : existsSync(sharedSpec) ? sharedSpec : undefined
  if (from) {
    mkdirSync(join(pkg, 'spec'), { recursive: true })
    writeFileSync(committedSpec, specFromShared(from))
    console.log(`spec/outscale.yaml written from ${from}`)
    writeFileSync(committedProse, proseFromShared(from))
    console.log(`spec/request-prose.json written from ${from}`)
  }
  // A family the spec no longer has must not leave its table behind.
  rmSync(join(pkg, 'src', 'generated', 'request-forms'), { recursive: true, force: true })
  for (const [file, text] of Object.entries(generate(loadCommittedSpec()))) {
    mkdirSync(dirname(join(pkg, file)), { recursive: true })
    writeFileSync(join(pkg, file), text)
    console.log(`${file} written`)
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main()
