// `npm start`: the bundled action, main then post, against the local emulator on the example in
// examples/linux-managed-image, printing what a workflow log would show (minus debug lines).
import { cpSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parse } from 'yaml'
import { startEmulator } from '../emulator/emulator.ts'
import { emulatorInputs, REPO_ROOT, runAction } from './run-action.ts'

const example = path.join(REPO_ROOT, 'examples', 'linux-managed-image')
const workspace = mkdtempSync(path.join(tmpdir(), 'aib-example-'))
cpSync(example, workspace, { recursive: true })
const exampleInputs = parse(readFileSync(path.join(example, 'inputs.yml'), 'utf8')) as Record<
  string,
  string
>

const emulator = await startEmulator({
  scenario: { phaseMs: 1_000, provisionMs: 300, retryAfterSeconds: 0 },
})
console.log(`Local Azure emulator on ${emulator.url} (GitHub OIDC, Entra, ARM imageTemplates)\n`)

const show = (line: string): void => {
  if (line.startsWith('::add-mask::') || line.startsWith('::debug::')) return
  console.log(`  ${line}`)
}
const inputs = { ...exampleInputs, ...emulatorInputs(emulator) }

console.log('▶ main step')
const main = await runAction({ inputs, workspace, onLine: show }, emulator)
console.log(`\n▶ post step`)
const post = await runAction({ inputs, workspace, state: main.state, onLine: show }, emulator)
await emulator.close()

console.log('\nOutputs:')
for (const [name, value] of Object.entries(main.outputs)) console.log(`  ${name} = ${value}`)
const writes = emulator.writes().map((r) => `${r.method} ${r.path.split('/').slice(-2).join('/')}`)
console.log(
  `\nRequests that reached "Azure": ${emulator.requests.length} (writes: ${writes.join(', ')})`,
)
console.log(`Exit codes: main ${main.code}, post ${post.code}`)
process.exitCode = main.code === 0 && post.code === 0 ? 0 : 1
