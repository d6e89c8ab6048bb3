// The run's result as one comment on the pull request: found again on later runs by its hidden
// marker and edited in place, so a pull request gets one comment per template, not one per push.
import type { getOctokit } from '@actions/github'
import { commentText, isMarked } from './comment-text.ts'
import {
  EventError,
  PULL_REQUEST_EVENTS,
  pullRequestOf,
  type PullRequestRef,
} from './pull-request-event.ts'

export { commentMarker, MAX_COMMENT_LENGTH } from './comment-text.ts'

type Octokit = ReturnType<typeof getOctokit>

export interface PullRequestComment {
  /** Token that may write issue comments (`github-token`). Never part of a message. */
  readonly token: string
  /** GITHUB_API_URL: api.github.com, a GitHub Enterprise Server's `/api/v3`, an emulator. */
  readonly apiUrl: string
  /** GITHUB_EVENT_NAME and GITHUB_EVENT_PATH: the event and its payload's file. */
  readonly eventName: string
  readonly eventPath: string
  /** GITHUB_REPOSITORY (owner/name); empty: the payload's repository. */
  readonly repository: string
  /** `commentMarker(key)`: put on the comment's first line, and how it is found again. */
  readonly marker: string
  /** Markdown; cut with a note when it passes GitHub's 65536-character limit. */
  readonly body: string
  readonly signal?: AbortSignal
}

/**
 * What became of the comment. `not-permitted` (403/404: the token may not comment, as for pull
 * requests from forks) and `failed` carry a message fit for a warning; neither should fail a step.
 */
export type PullRequestCommentResult =
  | {
      readonly outcome: 'created' | 'updated'
      readonly pullRequest: number
      readonly url: string
      readonly truncated: boolean
    }
  | { readonly outcome: 'not-a-pull-request'; readonly eventName: string }
  | { readonly outcome: 'not-permitted'; readonly status: number; readonly message: string }
  | { readonly outcome: 'failed'; readonly status?: number; readonly message: string }

/**
 * Creates or updates this action's comment on the pull request of the event; sends nothing
 * outside `pull_request` and `pull_request_target` events. Never throws: every problem is a result.
 */
export async function upsertPullRequestComment(
  request: PullRequestComment,
): Promise<PullRequestCommentResult> {
  if (!PULL_REQUEST_EVENTS.includes(request.eventName))
    return { outcome: 'not-a-pull-request', eventName: request.eventName }
  let pr: PullRequestRef | undefined
  try {
    pr = await pullRequestOf(request.eventPath, request.repository)
    const octokit = await clientOf(request)
    const { text, truncated } = commentText(request.marker, request.body)
    const found = await findComment(octokit, pr, request.marker)
    const { data } = found
      ? await octokit.rest.issues.updateComment({ ...repoOf(pr), comment_id: found, body: text })
      : await octokit.rest.issues.createComment({
          ...repoOf(pr),
          issue_number: pr.number,
          body: text,
        })
    const outcome = found ? 'updated' : 'created'
    return { outcome, pullRequest: pr.number, url: data.html_url, truncated }
  } catch (error) {
    return failureOf(error, request, pr)
  }
}

/**
 * An Octokit on `apiUrl` with Node's own fetch. @actions/github is imported here, not at the top:
 * only a run that comments loads it, and its import-time setup cannot fail the action.
 */
async function clientOf(request: PullRequestComment): Promise<Octokit> {
  const github = await import('@actions/github')
  return github.getOctokit(request.token, {
    baseUrl: request.apiUrl.replace(/\/+$/, ''),
    // The bundle replaces undici (tsconfig "paths"), whose fetch @actions/github would use.
    request: { fetch: globalThis.fetch, signal: request.signal },
  })
}

const repoOf = (pr: PullRequestRef) => ({ owner: pr.owner, repo: pr.repo })

/**
 * Id of the oldest comment carrying `marker` that this token wrote, reading pages only until it is
 * found. Anyone may post a comment that starts with the marker (it is no secret): a bot's comment
 * (GITHUB_TOKEN writes as github-actions[bot]) is taken at once; another user's only when the
 * token is that user's (a personal access token), never someone else's.
 */
async function findComment(
  octokit: Octokit,
  pr: PullRequestRef,
  marker: string,
): Promise<number | undefined> {
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    ...repoOf(pr),
    issue_number: pr.number,
    per_page: 100,
  })
  const byUsers: { id: number; login?: string }[] = []
  for await (const { data } of pages) {
    for (const comment of data) {
      if (!isMarked(comment.body, marker)) continue
      if (comment.user?.type === 'Bot') return comment.id
      byUsers.push({ id: comment.id, login: comment.user?.login })
    }
  }
  if (byUsers.length === 0) return undefined
  // An installation token (GITHUB_TOKEN) may not read /user: then no user's comment is ours.
  const me = await octokit.rest.users.getAuthenticated().then(
    ({ data }) => data.login,
    () => undefined,
  )
  return me === undefined ? undefined : byUsers.find((c) => c.login === me)?.id
}

/** A request error, a network error or a bad event, as a result with a message to show. */
function failureOf(
  error: unknown,
  request: PullRequestComment,
  pr: PullRequestRef | undefined,
): PullRequestCommentResult {
  const where = pr ? `pull request #${pr.number} of ${pr.owner}/${pr.repo}` : 'the pull request'
  const result = describeFailure(error, request, where)
  // GitHub never echoes a token, but a message may hold what the user typed: hide it anyway.
  const hidden = request.token ? result.message.replaceAll(request.token, '***') : result.message
  return { ...result, message: shortened(hidden) }
}

/** A proxy's or a 502's HTML page would fill the warning: the start says enough. */
const MAX_REASON_CHARS = 300

function shortened(message: string): string {
  const oneLine = message.replace(/\s+/g, ' ')
  return oneLine.length <= MAX_REASON_CHARS ? oneLine : `${oneLine.slice(0, MAX_REASON_CHARS)}…`
}

type Failure = Extract<PullRequestCommentResult, { outcome: 'not-permitted' | 'failed' }>

function describeFailure(error: unknown, request: PullRequestComment, where: string): Failure {
  if (error instanceof EventError)
    return { outcome: 'failed', message: `Cannot comment on the pull request: ${error.message}` }
  // Fetch's AbortError comes from Node's realm and Octokit may wrap it: the signal is the sure sign.
  if (request.signal?.aborted)
    return { outcome: 'failed', message: `Commenting on ${where} was cancelled` }
  const { status, said } = answerOf(error)
  if (status === undefined) {
    const cause = deepestMessage(error) ?? 'no answer'
    return {
      outcome: 'failed',
      message: `Cannot reach GitHub at ${request.apiUrl} to comment on ${where}: ${cause}`,
    }
  }
  return refusal(status, `${status} ${said ?? deepestMessage(error) ?? 'error'}`, where)
}

/** GitHub answered with an error: 403/404 mean the token may not comment here. */
function refusal(status: number, reason: string, where: string): Failure {
  if ((status === 403 || status === 404) && !/rate limit/i.test(reason))
    return {
      outcome: 'not-permitted',
      status,
      message:
        `\`github-token\` may not comment on ${where} (${reason}). Pull requests from forks get a ` +
        'read-only token; elsewhere give the job `permissions: pull-requests: write`.',
    }
  const hint = status === 401 ? ': check `github-token`' : ''
  return {
    outcome: 'failed',
    status,
    message: `GitHub refused the comment on ${where} (${reason})${hint}`,
  }
}

/** The HTTP status and GitHub's own `message` of an Octokit error; no status when no answer came. */
function answerOf(error: unknown): { status?: number; said?: string } {
  const { response } = (error ?? {}) as {
    response?: { status?: number; data?: { message?: unknown } }
  }
  const said = response?.data?.message
  return { status: response?.status, said: typeof said === 'string' ? said : undefined }
}

/**
 * The innermost message along `cause`: Octokit wraps a failed fetch ("fetch failed") whose cause
 * says what happened ("connect ECONNREFUSED 127.0.0.1:443").
 */
function deepestMessage(error: unknown): string | undefined {
  let found: string | undefined
  for (let at = error, depth = 0; typeof at === 'object' && at !== null && depth < 5; depth++) {
    const { message, cause } = at as { message?: unknown; cause?: unknown }
    if (typeof message === 'string' && message !== '' && message !== 'Unknown Error')
      found = message
    at = cause
  }
  return found
}
