// Issue and pull-request comments of the emulated GitHub REST API, and the tokens it accepts.
import { randomBytes } from 'node:crypto'
import type { Clock, IssueComment } from './types.ts'

/** Path prefix of the emulated REST API: `<emulator url>/github-api` is a GITHUB_API_URL. */
export const GITHUB_API_PREFIX = '/github-api'

/** Who writes with the emulator's tokens: the Actions app's bot, as with GITHUB_TOKEN. */
const ACTIONS_BOT = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' }
/** Who wrote seeded comments. */
const SEED_USER = { login: 'octocat', id: 583231, type: 'User' }

/** Tokens with this prefix read but cannot write, like a fork pull request's GITHUB_TOKEN. */
export const READ_ONLY_PREFIX = 'ghs_readonly'

export type TokenAccess = 'write' | 'read'

export interface GithubStore {
  /** A token that may write (random per emulator). */
  readonly token: string
  /** A token that may only read (random per emulator, starts with `ghs_readonly`). */
  readonly readOnlyToken: string
  /** What a token may do; undefined for a token the emulator never handed out. */
  accessOf(token: string): TokenAccess | undefined
  /** Comments of one issue or pull request, oldest first (the stored objects themselves). */
  list(owner: string, repo: string, issue: number): IssueComment[]
  /** A comment by id, with the issue it is on. */
  find(id: number): { comment: IssueComment; key: string } | undefined
  add(owner: string, repo: string, issue: number, body: string, seeded?: boolean): IssueComment
  edit(comment: IssueComment, body: string): void
}

/** An empty store; `apiUrl` is the GITHUB_API_URL that comment urls start with. */
export function createGithubStore(apiUrl: string, clock: Clock): GithubStore {
  const byIssue = new Map<string, IssueComment[]>()
  const byId = new Map<number, { comment: IssueComment; key: string }>()
  const token = `ghs_${randomBytes(18).toString('base64url')}`
  const readOnlyToken = `${READ_ONLY_PREFIX}_${randomBytes(18).toString('base64url')}`
  // GitHub's comment ids are large and not consecutive across repositories; any rising id will do.
  let nextId = 1_900_000_000
  const keyOf = (owner: string, repo: string, issue: number) =>
    `${owner.toLowerCase()}/${repo.toLowerCase()}#${issue}`
  const list = (owner: string, repo: string, issue: number): IssueComment[] => {
    const key = keyOf(owner, repo, issue)
    const comments = byIssue.get(key) ?? []
    byIssue.set(key, comments)
    return comments
  }
  return {
    token,
    readOnlyToken,
    accessOf: (value) => (value === token ? 'write' : value === readOnlyToken ? 'read' : undefined),
    list,
    find: (id) => byId.get(id),
    add(owner, repo, issue, body, seeded = false) {
      const id = nextId++
      const at = new Date(clock.now()).toISOString()
      const comment: IssueComment = {
        id,
        node_id: `IC_kwDO${Buffer.from(String(id)).toString('base64url')}`,
        url: `${apiUrl}/repos/${owner}/${repo}/issues/comments/${id}`,
        html_url: `https://github.com/${owner}/${repo}/pull/${issue}#issuecomment-${id}`,
        issue_url: `${apiUrl}/repos/${owner}/${repo}/issues/${issue}`,
        body,
        user: { ...(seeded ? SEED_USER : ACTIONS_BOT) },
        created_at: at,
        updated_at: at,
        author_association: seeded ? 'MEMBER' : 'NONE',
      }
      list(owner, repo, issue).push(comment)
      byId.set(id, { comment, key: keyOf(owner, repo, issue) })
      return comment
    },
    edit(comment, body) {
      comment.body = body
      comment.updated_at = new Date(clock.now()).toISOString()
    },
  }
}
