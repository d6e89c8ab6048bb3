import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startEmulator } from './emulator.ts'
import { withScenario } from './scenario.ts'
import { send, type Result } from './test-client.ts'
import type { Emulator } from './types.ts'

let emulator: Emulator

beforeAll(async () => {
  emulator = await startEmulator()
})
afterAll(() => emulator.close())

const json = { 'content-type': 'application/json' }

/** A call to the emulated GitHub API with `token` (default: the write token). */
function github(
  path: string,
  init: { method?: string; body?: unknown; token?: string; scheme?: string } = {},
): Promise<Result> {
  const token = init.token ?? emulator.githubToken
  return send(`${emulator.githubApiUrl}${path}`, {
    method: init.method ?? 'GET',
    headers: { ...json, authorization: `${init.scheme ?? 'token'} ${token}` },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
}

/** rel → URL of a Link header. */
function links(result: Result): Record<string, string> {
  const header = result.headers.get('link') ?? ''
  return Object.fromEntries(
    [...header.matchAll(/<([^>]+)>; rel="(\w+)"/g)].map(([, url = '', rel = '']) => [rel, url]),
  )
}

describe('GitHub REST API: issue comments', () => {
  it('is served under a path usable as GITHUB_API_URL', () => {
    expect(emulator.githubApiUrl).toBe(`${emulator.url}/github-api`)
    expect(emulator.githubToken).toMatch(/^ghs_/)
    expect(emulator.githubReadOnlyToken).toMatch(/^ghs_readonly/)
  })

  it('creates, lists and edits a comment, shaped like GitHub answers', async () => {
    const created = await github('/repos/octo/app/issues/7/comments', {
      method: 'POST',
      body: { body: 'first' },
    })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({
      id: expect.any(Number),
      body: 'first',
      user: { login: 'github-actions[bot]', type: 'Bot' },
      html_url: expect.stringMatching(
        /^https:\/\/github\.com\/octo\/app\/pull\/7#issuecomment-\d+$/,
      ),
      url: `${emulator.githubApiUrl}/repos/octo/app/issues/comments/${created.body.id}`,
      created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    })
    expect(created.headers.get('location')).toBe(created.body.url)

    const edited = await github(`/repos/octo/app/issues/comments/${created.body.id}`, {
      method: 'PATCH',
      body: { body: 'second' },
      scheme: 'Bearer',
    })
    expect(edited.status).toBe(200)
    expect(edited.body).toMatchObject({ id: created.body.id, body: 'second' })

    const listed = await github('/repos/octo/app/issues/7/comments')
    expect(listed.status).toBe(200)
    expect(listed.body).toEqual([expect.objectContaining({ id: created.body.id, body: 'second' })])
    expect(listed.headers.get('link')).toBeNull()
    expect(emulator.issueComments('octo', 'app', 7).map((c) => c.body)).toEqual(['second'])
    expect(emulator.issueComments('octo', 'app', 8)).toEqual([])
  })

  it('pages with per_page and page, and a Link header with absolute URLs', async () => {
    const seeded = emulator.seedIssueComments('octo', 'paged', 3, 150)
    expect(seeded).toHaveLength(150)
    expect(seeded[0]).toMatchObject({ body: 'Seeded comment 1', user: { login: 'octocat' } })

    const first = await github('/repos/octo/paged/issues/3/comments')
    expect(first.body).toHaveLength(30)
    const base = `${emulator.githubApiUrl}/repos/octo/paged/issues/3/comments`
    expect(links(first)).toEqual({
      next: `${base}?per_page=30&page=2`,
      last: `${base}?per_page=30&page=5`,
    })

    const second = await github('/repos/octo/paged/issues/3/comments?per_page=100&page=2')
    expect((second.body as { body: string }[]).map((c) => c.body)).toEqual(
      seeded.slice(100).map((c) => c.body),
    )
    expect(links(second)).toEqual({
      prev: `${base}?per_page=100&page=1`,
      first: `${base}?per_page=100&page=1`,
    })
    const capped = await github('/repos/octo/paged/issues/3/comments?per_page=500')
    expect(capped.body).toHaveLength(100)
    const past = await github('/repos/octo/paged/issues/3/comments?per_page=100&page=9')
    expect(past.body).toEqual([])
  })

  it('answers 401 Bad credentials to an unknown token and Requires authentication without one', async () => {
    const bad = await github('/repos/octo/app/issues/1/comments', { token: 'ghs_unknown' })
    expect(bad.status).toBe(401)
    expect(bad.body).toEqual({
      message: 'Bad credentials',
      documentation_url: expect.any(String),
      status: '401',
    })
    const none = await send(`${emulator.githubApiUrl}/repos/octo/app/issues/1/comments`)
    expect([none.status, none.body.message]).toEqual([401, 'Requires authentication'])
  })

  it('lets a read-only token read but answers its writes 403', async () => {
    const [comment] = emulator.seedIssueComments('octo', 'fork', 4, ['hello'])
    const token = emulator.githubReadOnlyToken
    expect((await github('/repos/octo/fork/issues/4/comments', { token })).status).toBe(200)
    const post = await github('/repos/octo/fork/issues/4/comments', {
      method: 'POST',
      body: { body: 'x' },
      token,
    })
    expect([post.status, post.body.message]).toEqual([
      403,
      'Resource not accessible by integration',
    ])
    const patch = await github(`/repos/octo/fork/issues/comments/${comment?.id}`, {
      method: 'PATCH',
      body: { body: 'x' },
      token,
    })
    expect(patch.status).toBe(403)
    expect(emulator.issueComments('octo', 'fork', 4).map((c) => c.body)).toEqual(['hello'])
  })

  it('makes every token read-only under scenario.githubReadOnly', async () => {
    const post = await withScenario(emulator, { githubReadOnly: true }, () =>
      github('/repos/octo/ro/issues/1/comments', { method: 'POST', body: { body: 'x' } }),
    )
    expect(post.status).toBe(403)
    expect(emulator.issueComments('octo', 'ro', 1)).toEqual([])
  })

  it('refuses a missing or too long body with 422, and unknown comments with 404', async () => {
    const path = '/repos/octo/app/issues/9/comments'
    expect((await github(path, { method: 'POST', body: {} })).status).toBe(422)
    const long = await github(path, { method: 'POST', body: { body: 'x'.repeat(65537) } })
    expect(long.status).toBe(422)
    expect(long.body.errors[0].message).toBe('body is too long (maximum is 65536 characters)')
    expect((await github(path, { method: 'POST', body: { body: 'x'.repeat(65536) } })).status).toBe(
      201,
    )
    const missing = await github('/repos/octo/app/issues/comments/1', {
      method: 'PATCH',
      body: { body: 'x' },
    })
    expect([missing.status, missing.body.message]).toEqual([404, 'Not Found'])
    const [other] = emulator.seedIssueComments('octo', 'elsewhere', 1, ['mine'])
    const cross = await github(`/repos/octo/app/issues/comments/${other?.id}`, {
      method: 'PATCH',
      body: { body: 'x' },
    })
    expect(cross.status).toBe(404)
    expect((await github('/user')).status).toBe(404)
  })

  it('records GitHub requests with the token redacted', () => {
    const recorded = emulator.requests.filter((r) => r.path.startsWith('/github-api/'))
    expect(recorded.length).toBeGreaterThan(0)
    expect(JSON.stringify(recorded)).not.toContain(emulator.githubToken)
    expect(recorded.every((r) => r.status > 0)).toBe(true)
  })
})
