import { describe, expect, it } from '@jest/globals'
import { IssueList } from '../../../src/config/issues.ts'
import { parsePrComment } from '../../../src/config/pr-comment.ts'
import { readerOf } from './temp-workspace.ts'

const ENV = {
  GITHUB_REPOSITORY: 'octo/image-factory',
  GITHUB_API_URL: 'https://ghes.example.com/api/v3',
  GITHUB_EVENT_NAME: 'pull_request',
  GITHUB_EVENT_PATH: '/runner/event.json',
  GITHUB_WORKFLOW: 'images',
  GITHUB_JOB: 'build image',
  GITHUB_ACTION: 'bake',
  GITHUB_RUN_ID: '1',
}

function parse(values: Record<string, string>, env: NodeJS.ProcessEnv = ENV) {
  const issues = new IssueList()
  const config = parsePrComment(issues, readerOf(values), env)
  let problems: { input: string; message: string }[] = []
  try {
    issues.throwIfAny()
  } catch (error) {
    problems = (error as { problems: typeof problems }).problems
  }
  return { config, problems }
}

describe('parsePrComment', () => {
  it.each(['', 'false', 'no'])('is off for pr-comment "%s", whatever the token', (value) => {
    expect(parse({ 'pr-comment': value, 'github-token': '' })).toEqual({
      config: undefined,
      problems: [],
    })
  })

  it('reads the token and the runner env the comment needs', () => {
    const { config, problems } = parse({ 'pr-comment': 'true', 'github-token': ' ghs_abc\n' })
    expect(problems).toEqual([])
    expect(config).toEqual({
      token: 'ghs_abc',
      key: expect.stringMatching(/^build-image-[0-9a-f]{8}$/),
      apiUrl: 'https://ghes.example.com/api/v3',
      repository: 'octo/image-factory',
      eventName: 'pull_request',
      eventPath: '/runner/event.json',
    })
  })

  it('defaults the API to api.github.com when GITHUB_API_URL is not set', () => {
    const env = { ...ENV, GITHUB_API_URL: undefined }
    expect(parse({ 'pr-comment': 'true', 'github-token': 't' }, env).config?.apiUrl).toBe(
      'https://api.github.com',
    )
  })

  it('names github-token when it is empty, or not one token, without showing it', () => {
    expect(parse({ 'pr-comment': 'true', 'github-token': '  ' }).problems).toEqual([
      {
        input: 'github-token',
        message: 'is required with `pr-comment: true` (the default is `${{ github.token }}`)',
      },
    ])
    const spaced = parse({ 'pr-comment': 'yes', 'github-token': 'ghp_secret1 ghp_secret2' })
    expect(spaced.problems).toEqual([
      { input: 'github-token', message: 'must be one token, without spaces or line breaks' },
    ])
  })

  it('refuses a pr-comment that is not a boolean', () => {
    expect(parse({ 'pr-comment': 'sometimes', 'github-token': 't' }).problems).toEqual([
      { input: 'pr-comment', message: 'expected true or false, got "sometimes"' },
    ])
  })

  describe('the comment key', () => {
    const keyOf = (values: Record<string, string>, env: NodeJS.ProcessEnv = ENV) =>
      parse({ 'pr-comment': 'true', 'github-token': 't', ...values }, env).config?.key

    it('is image-template-name when given', () => {
      expect(keyOf({ 'image-template-name': 'ubuntu-base' })).toBe('ubuntu-base')
    })

    it('stays the same on later runs, and differs per step and image', () => {
      const first = keyOf({ source: 'Canonical:ubuntu:24_04:latest' })
      expect(
        keyOf({ source: 'Canonical:ubuntu:24_04:latest' }, { ...ENV, GITHUB_RUN_ID: '2' }),
      ).toBe(first)
      expect(keyOf({ source: 'Canonical:ubuntu:22_04:latest' })).not.toBe(first)
      expect(
        keyOf({ source: 'Canonical:ubuntu:24_04:latest' }, { ...ENV, GITHUB_ACTION: 'x' }),
      ).not.toBe(first)
    })
  })
})
