// What the workflow run itself tells us (GITHUB_* variables): default names and provenance.

/** `<repo>-<run_id>-<run_attempt>`, sanitized: post recomputes it when main left no state. */
export function templateNameFor(env: NodeJS.ProcessEnv): string {
  const repo = (env.GITHUB_REPOSITORY ?? 'local/image').split('/').pop() ?? 'image'
  const suffix = `-${env.GITHUB_RUN_ID ?? '0'}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`
  const safeRepo = repo.replace(/[^A-Za-z0-9-_.]/g, '-').slice(0, 64 - suffix.length)
  return `${safeRepo}${suffix}`
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
