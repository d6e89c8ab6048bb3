// Build-time stand-in for the `undici` package (tsconfig "paths" points ncc here).
//
// @actions/http-client imports undici only for ProxyAgent, which only its getAgentDispatcher()
// uses (fetch-based clients such as Octokit). core.getIDToken goes through http-client's own
// https/tunnel agents, which honour proxies without undici. Bundling undici would add ~0.9 MB that
// Node must parse at every start (see `npm run bench`).
//
// @actions/github builds a ProxyAgent and a fetch from undici when it is imported, whenever a
// proxy is set. github/pr-comment.ts gives Octokit Node's own fetch instead (which honours
// HTTPS_PROXY under NODE_USE_ENV_PROXY=1), so constructing must not throw; using either does.
export class ProxyAgent {
  dispatch(): never {
    throw new Error('undici ProxyAgent is not bundled with this action')
  }
}

export function fetch(): never {
  throw new Error('undici fetch is not bundled with this action: pass Node’s fetch instead')
}
