// `pr-comment: true` in process against the emulator's GitHub REST API: one comment per pull
// request and template, created once and then updated; a read-only token warns; no pull request,
// no request.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startEmulator } from '../emulator/emulator.ts'
import type { Emulator } from '../emulator/types.ts'
import { buildInputs, FAST_SCENARIO, pullRequestEvent } from '../harness/run-action.ts'
import { stepRunner, type StepRunner } from '../harness/step-runner.ts'

let emulator: Emulator
const runners: StepRunner[] = []

beforeAll(async () => {
  emulator = await startEmulator({ scenario: { ...FAST_SCENARIO } })
})
afterAll(async () => {
  for (const runner of runners) runner.cleanup()
  await emulator.close()
})

function runner(event = pullRequestEvent(7)): StepRunner {
  const made = stepRunner(emulator, event)
  runners.push(made)
  return made
}

const githubRequests = () => emulator.requests.filter((r) => r.path.startsWith('/github-api/'))
const comments = (n: number) => emulator.issueComments('octo', 'image-factory', n)

describe('pr-comment', () => {
  it('creates the comment on the first run and updates it on the next', async () => {
    const steps = runner(pullRequestEvent(7))
    const inputs = { ...buildInputs(emulator, 'commented'), 'pr-comment': 'true' }
    const dry = await steps.runMain({ ...inputs, 'dry-run': 'true' })
    expect(dry.code).toBe(0)
    expect(dry.io.linesOf('info').join('\n')).toMatch(/Pull-request comment created: https:/)
    expect(comments(7)).toHaveLength(1)
    expect(comments(7)[0]?.body).toContain('🧪 Dry run')

    const built = await steps.runMain(inputs)
    expect(built.code).toBe(0)
    expect(built.io.linesOf('info').join('\n')).toMatch(/Pull-request comment updated: https:/)
    const [only] = comments(7)
    expect(comments(7)).toHaveLength(1)
    expect(only?.body).toContain('✅ **Succeeded**')
    expect(only?.body).toContain('<!-- azure-image-builder:commented -->')
    // The token was registered as a secret before anything was logged.
    expect(built.io.secrets).toContain(emulator.githubToken)
  })

  it('warns, and still succeeds, when the token may not comment (a fork)', async () => {
    const steps = runner(pullRequestEvent(8))
    const { io, code } = await steps.runMain({
      ...buildInputs(emulator, 'fork'),
      'dry-run': 'true',
      'pr-comment': 'true',
      'github-token': emulator.githubReadOnlyToken,
    })
    expect(code).toBe(0)
    expect(io.linesOf('warning').join('\n')).toMatch(
      /pr-comment: the token may not comment on this pull request \(HTTP 403/,
    )
    expect(comments(8)).toHaveLength(0)
    expect(io.shown()).not.toContain(emulator.githubReadOnlyToken)
  })

  it('scrubs SAS signatures from the comment, which leaves through the API, not the log', async () => {
    const steps = runner(pullRequestEvent(9))
    const { code } = await steps.runMain({
      ...buildInputs(emulator, 'sas-comment'),
      'dry-run': 'true',
      'pr-comment': 'true',
      vhd: 'https://acct.blob.core.windows.net/vhds/web.vhd?sv=2024-08-04&sr=b&sp=cw&sig=SeCrEtSiGnAtUrE%3D',
    })
    expect(code).toBe(0)
    const [comment] = comments(9)
    expect(comment?.body).toContain('https://acct.blob.core.windows.net/vhds/web.vhd')
    expect(comment?.body).not.toContain('SeCrEtSiGnAtUrE')
  })

  it('sends nothing outside a pull request', async () => {
    const before = githubRequests().length
    const steps = runner({ name: 'push', payload: { ref: 'refs/heads/main' } })
    const { io, code } = await steps.runMain({
      ...buildInputs(emulator, 'pushed'),
      'dry-run': 'true',
      'pr-comment': 'true',
    })
    expect(code).toBe(0)
    expect(io.linesOf('info')).toContain('pr-comment: not a pull request (push); no comment')
    expect(githubRequests()).toHaveLength(before)
  })
})
