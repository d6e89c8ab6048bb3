// upsertPullRequestComment through @actions/github's Octokit against the emulated GitHub API.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  commentMarker,
  upsertPullRequestComment,
  type PullRequestComment,
} from '../../../src/github/pr-comment.ts'
import { IssueList } from '../../../src/config/issues.ts'
import { parsePrComment } from '../../../src/config/pr-comment.ts'
import { startEmulator } from '../../emulator/emulator.ts'
import { stepEnv } from '../../harness/fake-io.ts'
import { defaultInputs, pullRequestEvent } from '../../harness/run-action.ts'
import type { Emulator, RecordedRequest } from '../../emulator/types.ts'

let emulator: Emulator
let dir: string

beforeAll(async () => {
  emulator = await startEmulator()
  dir = mkdtempSync(path.join(tmpdir(), 'aib-pr-comment-'))
})
afterAll(async () => {
  await emulator.close()
  rmSync(dir, { recursive: true, force: true })
})

let events = 0
/** An event payload file, as the runner writes GITHUB_EVENT_PATH. */
function eventFile(payload: object): string {
  const file = path.join(dir, `event-${++events}.json`)
  writeFileSync(file, JSON.stringify(payload))
  return file
}

/** A request for pull request `number` of octo/`repo`, with the emulator's write token. */
function request(
  repo: string,
  number: number,
  patch: Partial<PullRequestComment> = {},
): PullRequestComment {
  return {
    token: emulator.githubToken,
    apiUrl: emulator.githubApiUrl,
    eventName: 'pull_request',
    eventPath: eventFile({ action: 'synchronize', number, pull_request: { number } }),
    repository: `octo/${repo}`,
    marker: commentMarker('ubuntu-base'),
    body: '### Image build\nSucceeded',
    ...patch,
  }
}

/** GitHub API requests the emulator received while `body` ran. */
async function githubRequests<T>(body: () => Promise<T>): Promise<[T, RecordedRequest[]]> {
  const before = emulator.requests.length
  const result = await body()
  const during = emulator.requests.slice(before)
  return [result, during.filter((r) => r.path.startsWith('/github-api/'))]
}

/** A local port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

const bodies = (repo: string, number: number) =>
  emulator.issueComments('octo', repo, number).map((c) => c.body)

describe('upsertPullRequestComment', () => {
  it('creates the comment on the first run, marker on its first line', async () => {
    const result = await upsertPullRequestComment(request('app', 1))
    const [comment] = emulator.issueComments('octo', 'app', 1)
    expect(result).toEqual({
      outcome: 'created',
      pullRequest: 1,
      url: comment?.html_url,
      truncated: false,
    })
    expect(comment?.body).toBe(
      '<!-- azure-image-builder:ubuntu-base -->\n### Image build\nSucceeded',
    )
  })

  it('updates the same comment on a later run instead of adding one', async () => {
    const first = emulator.issueComments('octo', 'app', 1)[0]
    const [result, requests] = await githubRequests(() =>
      upsertPullRequestComment(request('app', 1, { body: 'Failed' })),
    )
    expect(result).toMatchObject({ outcome: 'updated', url: first?.html_url })
    expect(emulator.issueComments('octo', 'app', 1)).toEqual([
      expect.objectContaining({ id: first?.id, body: expect.stringMatching(/\nFailed$/) }),
    ])
    expect(requests.map((r) => r.method)).toEqual(['GET', 'PATCH'])
  })

  it('keeps one comment per template: another marker gets a comment of its own', async () => {
    const other = await upsertPullRequestComment(
      request('app', 1, { marker: commentMarker('windows-base') }),
    )
    expect(other.outcome).toBe('created')
    expect(bodies('app', 1)).toHaveLength(2)
  })

  it('finds its comment on a later page, and reads no page after it', async () => {
    emulator.seedIssueComments('octo', 'busy', 5, 150)
    const created = await upsertPullRequestComment(request('busy', 5))
    expect(created.outcome).toBe('created')
    emulator.seedIssueComments('octo', 'busy', 5, 150)
    const [result, requests] = await githubRequests(() =>
      upsertPullRequestComment(request('busy', 5, { body: 'again' })),
    )
    expect(result.outcome).toBe('updated')
    expect(requests.map((r) => `${r.method} ${r.query.page ?? '1'}`)).toEqual([
      'GET 1',
      'GET 2',
      'PATCH 1',
    ])
    expect(requests[0]?.query.per_page).toBe('100')
    expect(bodies('busy', 5)).toHaveLength(301)
    expect(bodies('busy', 5)[150]).toMatch(/\nagain$/)
  })

  it('leaves comments of other users that merely mention the marker alone', async () => {
    emulator.seedIssueComments('octo', 'quoted', 2, [`see \`${commentMarker('ubuntu-base')}\``])
    expect((await upsertPullRequestComment(request('quoted', 2))).outcome).toBe('created')
    expect(bodies('quoted', 2)).toHaveLength(2)
  })

  it('leaves a comment alone that quotes the marker in an indented code block', async () => {
    const quoted = `    ${commentMarker('ubuntu-base')}\n    ### Image build`
    emulator.seedIssueComments('octo', 'indented', 2, [quoted])
    expect((await upsertPullRequestComment(request('indented', 2))).outcome).toBe('created')
    expect(bodies('indented', 2)).toEqual([quoted, expect.stringMatching(/Succeeded$/)])
  })

  it('never takes over a comment another user started with the marker', async () => {
    const planted = `${commentMarker('ubuntu-base')}\nmine, not the bot's`
    emulator.seedIssueComments('octo', 'planted', 2, [planted])
    expect((await upsertPullRequestComment(request('planted', 2))).outcome).toBe('created')
    expect((await upsertPullRequestComment(request('planted', 2))).outcome).toBe('updated')
    expect(bodies('planted', 2)).toEqual([planted, expect.stringMatching(/Succeeded$/)])
  })

  it('answers not-permitted, with a message for a warning, when the token is read-only', async () => {
    const result = await upsertPullRequestComment(
      request('fork', 3, { token: emulator.githubReadOnlyToken }),
    )
    expect(result).toEqual({
      outcome: 'not-permitted',
      status: 403,
      message:
        '`github-token` may not comment on pull request #3 of octo/fork (403 Resource not ' +
        'accessible by integration). Pull requests from forks get a read-only token; elsewhere ' +
        'give the job `permissions: pull-requests: write`.',
    })
    expect(bodies('fork', 3)).toEqual([])
  })

  it.each(['push', 'workflow_dispatch', 'issue_comment', ''])(
    'sends nothing on a %s event',
    async (eventName) => {
      const [result, requests] = await githubRequests(() =>
        upsertPullRequestComment(request('push', 1, { eventName })),
      )
      expect(result).toEqual({ outcome: 'not-a-pull-request', eventName })
      expect(requests).toEqual([])
    },
  )

  it('comments on pull_request_target, taking the number and repository from the payload', async () => {
    const eventPath = eventFile({ number: 12, repository: { full_name: 'octo/target' } })
    const result = await upsertPullRequestComment(
      request('ignored', 1, { eventName: 'pull_request_target', eventPath, repository: '' }),
    )
    expect(result).toMatchObject({ outcome: 'created', pullRequest: 12 })
    expect(bodies('target', 12)).toHaveLength(1)
  })

  it('talks to the API at apiUrl (GITHUB_API_URL), with or without a trailing slash', async () => {
    const [result, requests] = await githubRequests(() =>
      upsertPullRequestComment(request('ghes', 1, { apiUrl: `${emulator.githubApiUrl}/` })),
    )
    expect(result.outcome).toBe('created')
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /github-api/repos/octo/ghes/issues/1/comments',
      'POST /github-api/repos/octo/ghes/issues/1/comments',
    ])
    expect(requests[1]?.headers.authorization).toBe('<redacted>')
  })

  it('cuts a body over 65536 characters, with a note, and closes an open code fence', async () => {
    const body = `## Log\n\`\`\`text\n${'build output line\n'.repeat(5000)}`
    const result = await upsertPullRequestComment(request('long', 1, { body }))
    expect(result).toMatchObject({ outcome: 'created', truncated: true })
    const [stored = ''] = bodies('long', 1)
    expect(stored.length).toBeLessThanOrEqual(65536)
    expect(stored).toMatch(/build output line\n```\n\n---\n_The rest of this comment was cut/)
  })

  it('posts from what parsePrComment reads out of a harness runner env with a PR event', async () => {
    const made = stepEnv(dir, emulator, pullRequestEvent(21))
    try {
      const inputs: Record<string, string> = { ...defaultInputs(emulator), 'pr-comment': 'true' }
      const config = parsePrComment(new IssueList(), (name) => inputs[name] ?? '', made.env)
      expect(config).toMatchObject({ token: emulator.githubToken, eventName: 'pull_request' })
      const result = await upsertPullRequestComment({
        ...config!,
        marker: commentMarker(config!.key),
        body: 'from the env',
      })
      expect(result).toMatchObject({ outcome: 'created', pullRequest: 21 })
      expect(emulator.issueComments('octo', 'image-factory', 21)).toHaveLength(1)
    } finally {
      made.cleanup()
    }
  })

  describe('failures are results whose messages never hold the token', () => {
    it('reports a token GitHub does not know as failed (401)', async () => {
      const token = 'ghp_thisIsNotAKnownToken0123456789'
      const result = await upsertPullRequestComment(request('bad', 1, { token }))
      expect(result).toEqual({
        outcome: 'failed',
        status: 401,
        message:
          'GitHub refused the comment on pull request #1 of octo/bad (401 Bad credentials): ' +
          'check `github-token`',
      })
      expect(JSON.stringify(result)).not.toContain(token)
    })

    it('reports an unreachable API as failed, naming its URL', async () => {
      const port = await closedPort()
      const apiUrl = `https://127.0.0.1:${port}/api/v3`
      const result = await upsertPullRequestComment(request('down', 1, { apiUrl }))
      expect(result).toEqual({
        outcome: 'failed',
        message: expect.stringMatching(
          new RegExp(
            `^Cannot reach GitHub at ${apiUrl} to comment on pull request #1 of octo/down: .*ECONNREFUSED`,
          ),
        ),
      })
      expect(JSON.stringify(result)).not.toContain(emulator.githubToken)
    })

    it('hides the token even where a message would echo it', async () => {
      const token = emulator.githubToken
      const result = await upsertPullRequestComment(
        request('echo', 1, { repository: `octo/${token}/x` }),
      )
      expect(result.outcome).toBe('failed')
      expect(JSON.stringify(result)).not.toContain(token)
      expect(result.outcome === 'failed' && result.message).toContain('"octo/***/x"')
    })

    it('cuts a long reason (an HTML error page) to one short line', async () => {
      const repository = `octo/${'y'.repeat(600)}\n<html>/x`
      const result = await upsertPullRequestComment(request('long', 1, { repository }))
      expect(result.outcome).toBe('failed')
      const message = result.outcome === 'failed' ? result.message : ''
      expect(message.length).toBeLessThanOrEqual(301)
      expect(message).not.toContain('\n')
      expect(message.endsWith('…')).toBe(true)
    })

    it.each([
      ['no event file', { eventPath: '' }, 'GITHUB_EVENT_PATH is not set'],
      ['a missing file', { eventPath: '/nonexistent/event.json' }, '(ENOENT)'],
      ['a payload without a number', { eventPath: 'empty' }, 'has no pull request number'],
    ])('reports %s as failed, sending nothing', async (_, patch, text) => {
      const eventPath = patch.eventPath === 'empty' ? eventFile({}) : patch.eventPath
      const [result, requests] = await githubRequests(() =>
        upsertPullRequestComment(request('event', 1, { eventPath })),
      )
      expect(result.outcome).toBe('failed')
      expect(result.outcome === 'failed' && result.message).toContain(text)
      expect(requests).toEqual([])
    })

    it('reports a cancelled comment as failed', async () => {
      const signal = AbortSignal.abort()
      const result = await upsertPullRequestComment(request('cancel', 1, { signal }))
      expect(result).toEqual({
        outcome: 'failed',
        message: 'Commenting on pull request #1 of octo/cancel was cancelled',
      })
    })
  })
})
