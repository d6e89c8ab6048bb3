// `pr-comment` and `github-token`: whether the result goes to the pull request, with which token,
// and under which key the comment is found again on later runs.
import { createHash } from 'node:crypto'
import type { InputName } from '../model/names.ts'
import type { IssueList } from './issues.ts'
import { runUrl } from '../model/run-context.ts'
import type { PrCommentConfig } from './types.ts'

/** The inputs that say which image a step builds: what tells apart the comments of one job. */
const IMAGE_INPUTS: readonly InputName[] = [
  'template',
  'source',
  'managed-image',
  'gallery-image',
  'vhd',
  'location',
  'resource-group',
]

/** `pr-comment: true` → what commenting needs; `false` (the default) → undefined. */
export function parsePrComment(
  issues: IssueList,
  read: (name: InputName) => string,
  env: NodeJS.ProcessEnv,
): PrCommentConfig | undefined {
  if (!issues.boolean('pr-comment', read('pr-comment'), false)) return undefined
  const text = (value: string | undefined) => value?.trim() ?? ''
  return {
    token: checkToken(issues, read('github-token').trim()),
    key: commentKeyOf(read, env),
    apiUrl: text(env.GITHUB_API_URL) || 'https://api.github.com',
    repository: text(env.GITHUB_REPOSITORY),
    eventName: text(env.GITHUB_EVENT_NAME),
    eventPath: text(env.GITHUB_EVENT_PATH),
    runUrl: runUrl(env),
  }
}

/** The token's problems name the input but never show the value: it is a credential. */
function checkToken(issues: IssueList, token: string): string {
  if (token === '')
    issues.add(
      'github-token',
      'is required with `pr-comment: true` (the default is `${{ github.token }}`)',
    )
  else if (/\s/.test(token))
    issues.add('github-token', 'must be one token, without spaces or line breaks')
  return token
}

/**
 * What the comment's hidden marker names, the same on every run of the step so a later run
 * updates the comment: `image-template-name` when given. The default template name holds the run
 * id, so without it the key is the job's name and a hash of the workflow, job, step and the
 * inputs that choose the image (matrix legs building other images get comments of their own).
 */
function commentKeyOf(read: (name: InputName) => string, env: NodeJS.ProcessEnv): string {
  const given = read('image-template-name').trim()
  if (given !== '') return given
  const hash = createHash('sha256')
  for (const part of [env.GITHUB_WORKFLOW, env.GITHUB_JOB, env.GITHUB_ACTION]) {
    hash.update(`${part ?? ''}\0`)
  }
  for (const name of IMAGE_INPUTS) hash.update(`${name}=${read(name).trim()}\0`)
  const job = (env.GITHUB_JOB ?? '').replace(/[^A-Za-z0-9-_.]/g, '-') || 'job'
  return `${job}-${hash.digest('hex').slice(0, 8)}`
}
