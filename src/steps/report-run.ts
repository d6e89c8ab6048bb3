// Telling people how the run went: the job summary always, and the pull-request comment when
// `pr-comment` asks for it. A comment that cannot be posted is a warning, never a failed step.
import type { Config } from '../config/types.ts'
import { withDeadline } from '../model/deadline.ts'
import { formatError } from '../model/errors.ts'
import { scrubSecrets } from '../model/secrets.ts'
import type { Limits } from '../model/limits.ts'
import { warn } from '../report/annotations.ts'
import { summaryOf, writeSummary, type RunReport } from '../report/publish.ts'
import { renderComment, type SummaryInput } from '../report/summary.ts'
import type { ActionIO } from '../runner/io.ts'

/** Writes the job summary, then posts or updates the pull-request comment. */
export async function reportRun(
  io: ActionIO,
  config: Config,
  limits: Limits,
  report: RunReport,
): Promise<void> {
  const summary = summaryOf(config, report)
  await writeSummary(io, summary)
  await commentOnPullRequest(io, config, limits, summary)
}

async function commentOnPullRequest(
  io: ActionIO,
  config: Config,
  limits: Limits,
  summary: SummaryInput,
): Promise<void> {
  const pr = config.prComment
  if (!pr) return
  // Loaded only when a comment is posted: Octokit is not needed by any other run.
  const { commentMarker, upsertPullRequestComment } = await import('../github/pr-comment.ts')
  // The comment leaves through GitHub's API, not the runner's log: scrubbed here like the log.
  const body = scrubSecrets(renderComment(summary, pr.runUrl))
  const wait = { what: 'the pull-request comment to be posted', ms: limits.commentMs }
  try {
    const result = await withDeadline(wait, (signal) =>
      upsertPullRequestComment({ ...pr, marker: commentMarker(pr.key), body, signal }),
    )
    switch (result.outcome) {
      case 'created':
      case 'updated':
        io.info(`Pull-request comment ${result.outcome}: ${result.url}`)
        return
      case 'not-a-pull-request':
        io.info(`pr-comment: not a pull request (${result.eventName || 'no event'}); no comment`)
        return
      case 'not-permitted':
        warn(
          io,
          `pr-comment: the token may not comment on this pull request (HTTP ${result.status}: ${result.message}). Pull requests from forks get a read-only token; give the job \`permissions: pull-requests: write\`, or run the comment from a pull_request_target workflow.`,
        )
        return
      case 'failed':
        warn(io, `pr-comment: the comment was not posted: ${result.message}`)
    }
  } catch (error) {
    warn(io, `pr-comment: the comment was not posted: ${formatError(error).message}`)
  }
}
