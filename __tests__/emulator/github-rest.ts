// The part of GitHub's REST API that a pull-request comment needs, under GITHUB_API_PREFIX:
// list (paginated, with a real Link header), create and edit issue comments. Pull requests are
// issues to this API, so `issues/{n}` is the pull request's number.
import type { EmulatorContext } from './context.ts'
import { isRecord, type Answer, type Exchange } from './exchange.ts'
import { GITHUB_API_PREFIX, type TokenAccess } from './github-store.ts'
import type { IssueComment } from './types.ts'

/** The longest comment body GitHub accepts, in characters. */
export const MAX_COMMENT_LENGTH = 65536

const DOCS = 'https://docs.github.com/rest/issues/comments'
const ISSUE_COMMENTS = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/
const ONE_COMMENT = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/

export function isGithubApiPath(path: string): boolean {
  return path === GITHUB_API_PREFIX || path.startsWith(`${GITHUB_API_PREFIX}/`)
}

/** GitHub's error body: `{"message","documentation_url","status"}`. */
function githubError(status: number, message: string, extra: object = {}): Answer {
  return { status, body: { message, documentation_url: DOCS, status: String(status), ...extra } }
}

/** Any request under GITHUB_API_PREFIX: authentication, then routing. */
export function handleGithubApi(exchange: Exchange, context: EmulatorContext): Answer {
  const access = authenticate(exchange, context)
  if (typeof access !== 'string') return access
  const path = exchange.path.slice(GITHUB_API_PREFIX.length)
  const onIssue = ISSUE_COMMENTS.exec(path)
  if (onIssue) return issueComments(exchange, context, access, onIssue)
  const one = ONE_COMMENT.exec(path)
  if (one) return oneComment(exchange, context, access, one)
  return githubError(404, 'Not Found')
}

/** `/repos/{owner}/{repo}/issues/{n}/comments`: GET lists, POST creates. */
function issueComments(
  exchange: Exchange,
  context: EmulatorContext,
  access: TokenAccess,
  [, owner = '', repo = '', issue = '']: RegExpExecArray,
): Answer {
  if (exchange.method === 'GET') return listComments(exchange, context, owner, repo, +issue)
  if (exchange.method !== 'POST') return githubError(404, 'Not Found')
  if (access === 'read') return forbidden()
  return createComment(exchange, context, owner, repo, +issue)
}

/** `/repos/{owner}/{repo}/issues/comments/{id}`: GET reads, PATCH edits. */
function oneComment(
  exchange: Exchange,
  context: EmulatorContext,
  access: TokenAccess,
  [, owner = '', repo = '', id = '']: RegExpExecArray,
): Answer {
  const found = context.github.find(+id)
  const inRepo = found?.key.startsWith(`${owner}/${repo}#`.toLowerCase())
  if (!found || !inRepo) return githubError(404, 'Not Found')
  if (exchange.method === 'GET') return { status: 200, body: found.comment }
  if (exchange.method !== 'PATCH') return githubError(404, 'Not Found')
  if (access === 'read') return forbidden()
  return editComment(exchange, context, found.comment)
}

/** `Authorization: token X` or `Bearer X` with a token the emulator handed out. */
function authenticate(exchange: Exchange, context: EmulatorContext): TokenAccess | Answer {
  const match = /^(?:token|bearer)\s+(\S+)$/i.exec(exchange.headers.authorization ?? '')
  if (!match) return githubError(401, 'Requires authentication')
  const access = context.github.accessOf(match[1] ?? '')
  if (!access) return githubError(401, 'Bad credentials')
  return context.scenario.githubReadOnly ? 'read' : access
}

/** What GitHub answers a write with a token that may not write (a fork's GITHUB_TOKEN). */
function forbidden(): Answer {
  return githubError(403, 'Resource not accessible by integration')
}

function listComments(
  exchange: Exchange,
  context: EmulatorContext,
  owner: string,
  repo: string,
  issue: number,
): Answer {
  const all = context.github.list(owner, repo, issue)
  // GitHub's defaults and bounds: 30 per page, at most 100; a page past the end is empty.
  const perPage = Math.min(100, positiveInt(exchange.query.per_page) ?? 30)
  const page = positiveInt(exchange.query.page) ?? 1
  const last = Math.max(1, Math.ceil(all.length / perPage))
  const base = `${context.url}${exchange.path}`
  const link = linkHeader(base, perPage, page, last)
  return {
    status: 200,
    headers: link ? { link } : {},
    body: all.slice((page - 1) * perPage, page * perPage),
  }
}

function positiveInt(text: string | undefined): number | undefined {
  const value = Number(text)
  return Number.isInteger(value) && value >= 1 ? value : undefined
}

/** prev, next, last, first: the relations GitHub sends, with absolute URLs. */
function linkHeader(base: string, perPage: number, page: number, last: number): string {
  const at = (n: number, rel: string) => `<${base}?per_page=${perPage}&page=${n}>; rel="${rel}"`
  const links: string[] = []
  if (page > 1) links.push(at(Math.min(page - 1, last), 'prev'))
  if (page < last) links.push(at(page + 1, 'next'), at(last, 'last'))
  if (page > 1) links.push(at(1, 'first'))
  return links.join(', ')
}

function createComment(
  exchange: Exchange,
  context: EmulatorContext,
  owner: string,
  repo: string,
  issue: number,
): Answer {
  const body = bodyOf(exchange)
  if (typeof body !== 'string') return body
  const comment = context.github.add(owner, repo, issue, body)
  return { status: 201, headers: { location: comment.url }, body: comment }
}

function editComment(exchange: Exchange, context: EmulatorContext, comment: IssueComment): Answer {
  const body = bodyOf(exchange)
  if (typeof body !== 'string') return body
  context.github.edit(comment, body)
  return { status: 200, body: comment }
}

/** The request's `body` field, or GitHub's 422 for a missing or too long one. */
function bodyOf(exchange: Exchange): string | Answer {
  const body = isRecord(exchange.body) ? exchange.body.body : undefined
  if (typeof body !== 'string')
    return githubError(422, `Invalid request.\n\n"body" wasn't supplied.`)
  if ([...body].length <= MAX_COMMENT_LENGTH) return body
  return githubError(422, 'Validation Failed', {
    errors: [
      {
        resource: 'IssueComment',
        code: 'custom',
        field: 'body',
        message: `body is too long (maximum is ${MAX_COMMENT_LENGTH} characters)`,
      },
    ],
  })
}
