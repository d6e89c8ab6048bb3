import { describe, expect, it } from '@jest/globals'
import { isTemplateName } from '../../../src/model/resource-ids.ts'
import {
  jobKey,
  ownerOf,
  provenanceTags,
  runUrl,
  templateNameFor,
} from '../../../src/model/run-context.ts'

const legEnv = (overrides: Record<string, string> = {}) => ({
  GITHUB_REPOSITORY: 'octo/images',
  GITHUB_RUN_ID: '9876',
  GITHUB_RUN_ATTEMPT: '2',
  GITHUB_JOB: 'build',
  GITHUB_ACTION: '__octo_aib',
  RUNNER_NAME: 'GitHub Actions 7',
  ...overrides,
})

describe('jobKey', () => {
  const inputs = { source: 'Canonical:ubuntu-24_04-lts:server:latest', location: 'westeurope' }

  it('is the same for main and post of one step', () => {
    expect(jobKey(legEnv(), inputs)).toBe(jobKey(legEnv(), { ...inputs }))
    expect(jobKey(legEnv(), inputs)).toMatch(/^[0-9a-f]{8}$/)
  })

  it.each([
    ['another matrix leg (other inputs)', legEnv(), { ...inputs, location: 'eastus2' }],
    ['another matrix leg (other runner)', legEnv({ RUNNER_NAME: 'GitHub Actions 8' }), inputs],
    ['another step of the job', legEnv({ GITHUB_ACTION: '__octo_aib_2' }), inputs],
    ['another job', legEnv({ GITHUB_JOB: 'windows' }), inputs],
  ])('differs for %s', (_what, env, legInputs) => {
    expect(jobKey(env, legInputs)).not.toBe(jobKey(legEnv(), inputs))
  })

  it('does not depend on the order inputs are listed in', () => {
    const reversed = Object.fromEntries(Object.entries(inputs).reverse())
    expect(jobKey(legEnv(), reversed)).toBe(jobKey(legEnv(), inputs))
  })
})

describe('templateNameFor', () => {
  it('is <repo>-<job>-<run_id>-<run_attempt>-<key>', () => {
    expect(templateNameFor(legEnv(), 'a1b2c3d4')).toBe('images-build-9876-2-a1b2c3d4')
  })

  it('has a stable default outside Actions', () => {
    expect(templateNameFor({}, 'a1b2c3d4')).toBe('image-0-1-a1b2c3d4')
  })

  it('replaces characters a template name cannot hold', () => {
    const env = { GITHUB_REPOSITORY: 'octo/my repo+ü', GITHUB_RUN_ID: '5', GITHUB_RUN_ATTEMPT: '1' }
    expect(templateNameFor(env, 'k')).toBe('my-repo---5-1-k')
  })

  it('cuts long repository and job names, never the unique tail, to stay within 64 characters', () => {
    const env = legEnv({
      GITHUB_REPOSITORY: `octo/${'r'.repeat(100)}`,
      GITHUB_JOB: 'j'.repeat(100),
      GITHUB_RUN_ID: '12345678901',
      GITHUB_RUN_ATTEMPT: '3',
    })
    const name = templateNameFor(env, 'a1b2c3d4')
    expect(name).toHaveLength(64)
    expect(name.endsWith('-12345678901-3-a1b2c3d4')).toBe(true)
    expect(name).toMatch(/^r+-j+-/)
    expect(isTemplateName(name)).toBe(true)
  })
})

describe('ownerOf', () => {
  it('keeps the key when long names are cut to the 256 characters of a tag value', () => {
    const env = legEnv({
      GITHUB_REPOSITORY: `octo/${'r'.repeat(200)}`,
      GITHUB_JOB: 'j'.repeat(100),
    })
    const [a, b] = ['a1b2c3d4', 'e5f60718'].map((key) => ownerOf(env, key))
    expect(a).toHaveLength(256)
    expect(a).not.toBe(b)
  })

  it('names the repository, run, attempt, job and key', () => {
    expect(ownerOf(legEnv(), 'a1b2c3d4')).toBe(
      'key a1b2c3d4 run 9876 attempt 2 octo/images job build',
    )
  })
})

describe('runUrl', () => {
  it('links to the run when server, repository and run id are known', () => {
    expect(
      runUrl({
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_REPOSITORY: 'octo/images',
        GITHUB_RUN_ID: '42',
      }),
    ).toBe('https://github.com/octo/images/actions/runs/42')
  })

  it('is undefined when any part is missing', () => {
    expect(runUrl({ GITHUB_REPOSITORY: 'octo/images', GITHUB_RUN_ID: '42' })).toBeUndefined()
  })
})

describe('provenanceTags', () => {
  it('records repository, commit, ref, workflow and run', () => {
    expect(
      provenanceTags({
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_REPOSITORY: 'octo/images',
        GITHUB_RUN_ID: '42',
        GITHUB_SHA: 'abc123',
        GITHUB_REF: 'refs/heads/main',
        GITHUB_WORKFLOW: 'Build image',
      }),
    ).toEqual({
      'source-repository': 'octo/images',
      'source-commit': 'abc123',
      'source-ref': 'refs/heads/main',
      'source-workflow': 'Build image',
      'source-run': 'https://github.com/octo/images/actions/runs/42',
    })
  })

  it('leaves out what the environment does not say', () => {
    expect(provenanceTags({ GITHUB_SHA: 'abc123', GITHUB_REF: '' })).toEqual({
      'source-commit': 'abc123',
    })
  })
})
