// What the workflow run itself tells us (GITHUB_* variables): default names, ownership, provenance.
import { createHash } from 'node:crypto'

/** Tag on every template the action creates: which run, attempt, job and step it belongs to. */
export const OWNER_TAG = 'github-actions-owner'

/**
 * A short key that tells apart the jobs, matrix legs and steps of one run attempt. Matrix legs
 * share GITHUB_JOB and the run id, but never run on the same runner at the same time, and their
 * inputs usually differ; GITHUB_ACTION tells apart two steps of one job. Main and post of one
 * step compute the same key, so post finds the template even when main saved nothing.
 */
export function jobKey(env: NodeJS.ProcessEnv, inputs: Readonly<Record<string, string>>): string {
  const parts = [env.GITHUB_JOB, env.GITHUB_ACTION, env.RUNNER_NAME].map((p) => p ?? '')
  const hash = createHash('sha256').update(parts.join('\0'))
  for (const name of Object.keys(inputs).sort()) hash.update(`\0${name}=${inputs[name]}`)
  return hash.digest('hex').slice(0, 8)
}

/**
 * `<repo>-<job>-<run_id>-<run_attempt>-<key>`, sanitized and cut to the 64 characters a template
 * name may have (the repository and job names are shortened, never the unique tail).
 */
export function templateNameFor(env: NodeJS.ProcessEnv, key: string): string {
  const safe = (text: string) => text.replace(/[^A-Za-z0-9-_.]/g, '-')
  const repo = safe((env.GITHUB_REPOSITORY ?? 'local/image').split('/').pop() || 'image')
  const job = safe(env.GITHUB_JOB ?? '')
  const tail = `-${env.GITHUB_RUN_ID ?? '0'}-${env.GITHUB_RUN_ATTEMPT ?? '1'}-${key}`
  const room = 64 - tail.length
  const jobPart = job === '' ? '' : `-${job.slice(0, Math.max(0, Math.floor(room / 2) - 1))}`
  return `${repo.slice(0, room - jobPart.length)}${jobPart}${tail}`
}

/**
 * The owner tag's value: readable, and unique per run attempt, job and step. Tag values hold 256
 * characters: the unique part comes first, so only a long repository or job name is cut.
 */
export function ownerOf(env: NodeJS.ProcessEnv, key: string): string {
  const run = `run ${env.GITHUB_RUN_ID ?? '0'} attempt ${env.GITHUB_RUN_ATTEMPT ?? '1'}`
  const where = `${env.GITHUB_REPOSITORY ?? 'local'} job ${env.GITHUB_JOB ?? '-'}`
  return `key ${key} ${run} ${where}`.slice(0, 256)
}

/**
 * The blob folder of this run's uploads: the template name, then the run id and attempt, so
 * re-runs and other jobs never overwrite or delete each other's blobs.
 */
export function uploadFolderFor(env: NodeJS.ProcessEnv, templateName: string): string {
  return `${templateName}/run-${env.GITHUB_RUN_ID ?? '0'}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`
}

export function runUrl(env: NodeJS.ProcessEnv): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = env
  return server && repo && run ? `${server}/${repo}/actions/runs/${run}` : undefined
}

/** Tags that lead from an image back to the commit and run that built it. */
export function provenanceTags(env: NodeJS.ProcessEnv): Record<string, string> {
  const tags: Record<string, string | undefined> = {
    'source-repository': env.GITHUB_REPOSITORY,
    'source-commit': env.GITHUB_SHA,
    'source-ref': env.GITHUB_REF,
    'source-tag': env.GITHUB_REF_TYPE === 'tag' ? env.GITHUB_REF_NAME : undefined,
    'source-workflow': env.GITHUB_WORKFLOW,
    'source-run': runUrl(env),
  }
  return Object.fromEntries(Object.entries(tags).filter((e): e is [string, string] => !!e[1]))
}
