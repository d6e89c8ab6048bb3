import { describe, expect, it } from '@jest/globals'
import { isTemplateName } from '../../../src/config/resource-ids.ts'
import { provenanceTags, runUrl, templateNameFor } from '../../../src/config/run-context.ts'

describe('templateNameFor', () => {
  it('is <repo>-<run_id>-<run_attempt>', () => {
    const env = { GITHUB_REPOSITORY: 'octo/images', GITHUB_RUN_ID: '9876', GITHUB_RUN_ATTEMPT: '2' }
    expect(templateNameFor(env)).toBe('images-9876-2')
  })

  it('has a stable default outside Actions', () => {
    expect(templateNameFor({})).toBe('image-0-1')
  })

  it('replaces characters a template name cannot hold', () => {
    const env = { GITHUB_REPOSITORY: 'octo/my repo+ü', GITHUB_RUN_ID: '5', GITHUB_RUN_ATTEMPT: '1' }
    expect(templateNameFor(env)).toBe('my-repo---5-1')
  })

  it('cuts long repository names so the whole name stays within 64 characters', () => {
    const env = {
      GITHUB_REPOSITORY: `octo/${'r'.repeat(100)}`,
      GITHUB_RUN_ID: '12345678901',
      GITHUB_RUN_ATTEMPT: '3',
    }
    const name = templateNameFor(env)
    expect(name).toHaveLength(64)
    expect(name.endsWith('-12345678901-3')).toBe(true)
    expect(isTemplateName(name)).toBe(true)
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
