// Which pull request the job runs for, from the event payload the runner wrote to disk (read here
// rather than through @actions/github's import-time context, so each call sees its own event).
import { readFile } from 'node:fs/promises'

/** Events whose payload is a pull request the job may comment on. */
export const PULL_REQUEST_EVENTS: readonly string[] = ['pull_request', 'pull_request_target']

export interface PullRequestRef {
  readonly owner: string
  readonly repo: string
  readonly number: number
}

/** Thrown when the event cannot say which pull request to comment on. */
export class EventError extends Error {
  override readonly name = 'EventError'
}

/**
 * The pull request of a `pull_request(_target)` event: its number from the payload at
 * `eventPath`, in `repository` (owner/name; else the payload's repository).
 * @throws EventError when the payload is missing, unreadable or has no pull request number.
 */
export async function pullRequestOf(
  eventPath: string,
  repository: string,
): Promise<PullRequestRef> {
  if (eventPath === '') throw new EventError('GITHUB_EVENT_PATH is not set')
  const payload = await readPayload(eventPath)
  const number = payload.pull_request?.number ?? payload.number
  if (!isPullRequestNumber(number))
    throw new EventError(`the event payload at ${eventPath} has no pull request number`)
  return { ...repositoryOf(repository || payload.repository?.full_name || ''), number }
}

function isPullRequestNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1
}

function repositoryOf(fullName: string): { owner: string; repo: string } {
  const [owner = '', repo = '', ...rest] = fullName.split('/')
  if (owner === '' || repo === '' || rest.length > 0)
    throw new EventError(`"${fullName}" is not a repository name like owner/name`)
  return { owner, repo }
}

interface EventPayload {
  number?: unknown
  pull_request?: { number?: unknown }
  repository?: { full_name?: string }
}

async function readPayload(eventPath: string): Promise<EventPayload> {
  let text: string
  try {
    text = await readFile(eventPath, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable'
    throw new EventError(`cannot read the event payload at ${eventPath} (${code})`)
  }
  try {
    const payload: unknown = JSON.parse(text)
    return typeof payload === 'object' && payload !== null ? payload : {}
  } catch {
    throw new EventError(`the event payload at ${eventPath} is not JSON`)
  }
}
