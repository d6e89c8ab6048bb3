// Build-time stand-in for the `undici` package (tsconfig "paths" points ncc here).
//
// @actions/http-client imports undici only for ProxyAgent, which only its getAgentDispatcher()
// uses (fetch-based clients such as Octokit). This action calls neither: core.getIDToken goes
// through http-client's own https/tunnel agents, which honour proxies without undici. Bundling
// undici would add ~0.9 MB that Node must parse at every start (see `npm run bench`).
export class ProxyAgent {
  constructor() {
    throw new Error('undici ProxyAgent is not bundled with this action')
  }
}
