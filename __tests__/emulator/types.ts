/** Sub-states of an image build, in the order the service reports them. */
export type RunSubState =
  'Queued' | 'Building' | 'Customizing' | 'Optimizing' | 'Validating' | 'Distributing'

/** Run states of an image build (`lastRunStatus.runState`). */
export type RunState =
  'Running' | 'Canceling' | 'Succeeded' | 'PartiallySucceeded' | 'Failed' | 'Canceled'

/** Which ARM requests a fault applies to; every field given must match. */
export interface RequestMatch {
  /** HTTP method, compared case-insensitively. */
  method?: string
  /** Tested against the request path as sent (percent-encoded, without the query). */
  path?: RegExp
}

/**
 * What a fault does to the ARM request it is applied to:
 * - `status`: not processed; a 429/500/503 ARM error, with Retry-After when given.
 * - `reset`: not processed; the socket is destroyed without a response.
 * - `drop`: processed (every side effect happens), then the socket is destroyed without a
 *   response: the service did the work but the answer was lost.
 * - `truncate`: processed and answered with its status and headers, but only the first half of
 *   the JSON body's bytes (Content-Length matches); an answer without a body is sent unchanged.
 * - `error`: not processed; an ARM error `{"error":{"code","message"}}` with that status.
 */
export type FaultAction =
  | { kind: 'status'; status: 429 | 500 | 503; retryAfterSeconds?: number }
  | { kind: 'reset' }
  | { kind: 'drop' }
  | { kind: 'truncate' }
  | {
      kind: 'error'
      status: number
      code: string
      /** `{authorization}` is replaced by the request's Authorization header, as echoes do. */
      message: string
    }

/** One scripted misbehaviour of ARM, applied to the next ARM request it matches (`on`). */
export type Fault = FaultAction & {
  /** Requests the fault applies to; without it, any ARM request. */
  on?: RequestMatch
}

/** Knobs of the emulated service; mutable while the emulator runs. */
export interface Scenario {
  /** Duration of each run sub-state. */
  phaseMs: number
  /** The run ends Failed after spending `phaseMs` in this phase. */
  failAt?: RunSubState
  /** The run ends PartiallySucceeded instead of Succeeded. */
  partial?: boolean
  /**
   * Form of the customization.log location in a failed run's message: the blob's URL on the
   * emulator's own host (`https://127.0.0.1:<port>/<account>/packerlogs/<runId>/customization.log`)
   * or the storage resource path (`/subscriptions/…/resourceGroups/IT_…/providers/
   * Microsoft.Storage/storageAccounts/<account>/blobServices/default/containers/packerlogs/…`).
   * Either way the log is there: see "Staging accounts" below.
   */
  logForm: 'url' | 'path'
  /**
   * Which step the customization.log of a failed build shows failing: a customizer or validator
   * by its 0-based index in `properties.customize` / `properties.validate.inVMValidations` (an
   * index past the end is the list's last step), or `'timeout'`: the build runs out of time in
   * the last customizer. Default: the last customizer. A template without such a step fails
   * deploying its build VM. A build failed by a customizer source fails at that step instead.
   */
  failStep?: { role: 'customizer' | 'validator'; index: number } | 'timeout'
  /**
   * Whether the caller may read a template's staging storage account: its ARM GET (else 403
   * AuthorizationFailed) and its blobs (else 403 AuthorizationPermissionMismatch). Default
   * 'allowed'.
   */
  stagingLogAccess: 'allowed' | 'denied'
  /** How long PUT and DELETE take, and cancel unless `cancelMs` is set. */
  provisionMs: number
  /** How long a cancel takes, from POST `…/cancel` until the run is Canceled. */
  cancelMs?: number
  /**
   * ARM outage until this time (ms since epoch): every ARM request is answered 503
   * ServiceUnavailable without Retry-After and without being processed or consuming a fault.
   * Entra and GitHub OIDC keep working.
   */
  armDownUntil?: number
  /** Value of Retry-After on LRO responses. */
  retryAfterSeconds: number
  /** Lifetime of issued GitHub OIDC tokens and Entra access tokens. */
  tokenLifetimeSeconds: number
  /**
   * Audience the app's federated credential expects in GitHub's token (Entra's default
   * `api://AzureADTokenExchange`; sovereign clouds document their own). Another audience in a
   * client assertion is refused with AADSTS700212, as Entra does.
   */
  federatedAudience: string
  /**
   * Queue of faults. Each ARM request takes out the first fault whose `on` matches it (a fault
   * without `on` matches any), so faults without `on` are consumed one per ARM request.
   */
  faults: Fault[]
  /**
   * Every GitHub token may read but not write: comment writes answer 403 `Resource not
   * accessible by integration`, as for a pull request from a fork. (`Emulator.githubReadOnlyToken`
   * is always read-only.)
   */
  githubReadOnly?: boolean
}

/**
 * Where the emulator reads the time (ms since epoch) for everything that changes with it: build
 * phases, LRO provisioning and operation times, cancels, ARM outages, gallery versions, token
 * issue and expiry, request records' `at`.
 */
export interface Clock {
  now(): number
  /**
   * Present on clocks that move only when told to (`manualClock()`): the emulator then runs no
   * timer of its own and advances its state by registering `listener`, which the clock calls after
   * every move. Returns a function that removes the listener.
   */
  onAdvance?(listener: () => void): () => void
}

/** Options of `startEmulator`. */
export interface EmulatorOptions {
  /** Directory of `ca.pem`/`key.pem`; default `.emulator` under the repository root. */
  certDir?: string
  scenario?: Partial<Scenario>
  /**
   * Time source; default the wall clock (`Date.now`), with a 10 ms timer moving state along.
   * With `manualClock()` time moves only when the test advances it, and tokens are issued and
   * expire on that time too: use it with the emulator's own fetch helpers, not with MSAL or SDK
   * pollers, which keep token expiry and poll delays on the real clock (see auth.ts).
   */
  clock?: Clock
}

/** One request as the emulator saw it, with credentials redacted. */
export interface RecordedRequest {
  method: string
  path: string
  query: Record<string, string>
  headers: Record<string, string>
  body: unknown
  /**
   * Status answered (for a `drop` fault, the status the lost answer had); 0 while in flight or
   * when the connection was reset.
   */
  status: number
  at: number
}

/*
 * Storage-hosted customizer sources. When a build starts (POST …/run), the emulated service
 * reads, like the real one, the `sourceUri` of every File step and the `scriptUri` of every Shell
 * and PowerShell step of `properties.customize` and `properties.validate.inVMValidations` whose
 * URL is https on a Blob endpoint (`*.blob.core.windows.net`, `*.blob.core.usgovcloudapi.net`,
 * `*.blob.core.chinacloudapi.cn`) or has Azurite's path style (`/devstoreaccount1/…` on any
 * host). Other URLs are not fetched (tests must not reach the network). A URL with a SAS
 * (`sig=`) is read with a plain GET; any other with a Storage bearer token the emulator issues to
 * the template's user-assigned identity (`oid` = its principalId, dated on the wall clock, as
 * Azurite checks it) and `x-ms-version: 2021-08-06`; a template without identity reads
 * anonymously. The body's sha256 is compared with the step's `sha256Checksum` when given.
 * - Reads start with the run and go on asynchronously. A run cannot leave Customizing while one
 *   is in flight: it stays there until all have settled, then carries on from that time.
 * - Any failure (HTTP status other than 2xx, connection error, checksum mismatch) ends the run
 *   Failed as it leaves Customizing (not before), `lastRunStatus.message` naming the first
 *   failing step, e.g. `Failed while processing request: customizer 'app' (File): downloading
 *   https://acct.blob.core.windows.net/c/app.tar.gz failed: 403 AuthorizationPermissionMismatch.
 *   … Image Build log location: ….` URLs in messages and records never carry their query.
 * - `Emulator.downloadsOf(templateId)`: what the last run of a template read successfully, in
 *   template order; kept after the template is deleted, dropped when a template of that id is
 *   created or seeded again.
 * - `Emulator.storageReads`: every request the emulator made to Storage.
 * - `Emulator.storageSettled()`: resolves once no read is in flight (for manual-clock tests).
 */

/*
 * Staging accounts. A failed build writes its customization.log (__tests__/emulator/packer-log.ts,
 * in the shape of __tests__/fixtures/customization-logs) for that template's customize and
 * inVMValidations steps, failing at `scenario.failStep` (or at the step whose source could not be
 * read), as `packerlogs/<runId>/customization.log` in the template's staging account (24
 * lower-case alphanumerics, in the template's `exactStagingResourceGroup`). The emulator serves it:
 * - ARM GET of `/subscriptions/…/resourceGroups/IT_…/providers/Microsoft.Storage/storageAccounts/
 *   <account>` answers `primaryEndpoints.blob` = `https://127.0.0.1:<port>/<account>/`;
 * - GET and HEAD of `https://127.0.0.1:<port>/<account>/packerlogs/<runId>/customization.log` are
 *   Get Blob and Get Blob Properties (ETag, Last-Modified, `x-ms-blob-type`, `x-ms-version`,
 *   `Range`/`x-ms-range` → 206 with Content-Range, 416 past the end), for a bearer token this
 *   emulator's Entra issued for `https://storage.azure.com` (none → 401
 *   NoAuthenticationInformation, another audience → 401 InvalidAuthenticationInfo); errors in
 *   Storage's XML shape with `x-ms-error-code`;
 * - `scenario.stagingLogAccess: 'denied'`: the ARM GET → 403 AuthorizationFailed, the blob → 403
 *   AuthorizationPermissionMismatch.
 * The account goes with its template (DELETE), as the service deletes the staging resource group.
 * `Emulator.customizationLogOf(templateId)` gives the last log written for a template.
 */

/** One customizer source the emulated service downloaded and checked successfully. */
export interface SourceDownload {
  /** Name of the customizer (or validator); `properties.customize[i]` when it has none. */
  name: string
  /** URL without its query (no SAS). */
  url: string
  bytes: Buffer
  /** Lower-case hex sha256 of `bytes`. */
  sha256: string
}

/** One request the emulated service itself made to Storage to read a customizer source. */
export interface StorageRead {
  /** Resource id of the template whose build read the source. */
  templateId: string
  /** Name of the customizer (or validator), as in `SourceDownload`. */
  name: string
  /** URL without its query (no SAS). */
  url: string
  /**
   * `sas`: the URL's SAS alone, no Authorization header; `token`: a bearer token of the
   * template's identity; `anonymous`: neither (a template without a user-assigned identity).
   */
  auth: 'sas' | 'token' | 'anonymous'
  /** `oid` of the bearer token (the identity's principalId) when `auth` is `token`. */
  oid?: string
  /** HTTP status answered; 0 while in flight or when the connection failed. */
  status: number
  /** When the request was sent, on the emulator's clock. */
  at: number
}

/** An issue (or pull-request) comment as GitHub's REST API returns it. */
export interface IssueComment {
  id: number
  node_id: string
  url: string
  html_url: string
  issue_url: string
  body: string
  user: { login: string; id: number; type: string }
  created_at: string
  updated_at: string
  author_association: string
}

/*
 * GitHub REST API (`Emulator.githubApiUrl`, a GITHUB_API_URL): `GET` and `POST
 * /repos/{owner}/{repo}/issues/{n}/comments` (`per_page` default 30, at most 100, `page`; a `Link`
 * header with absolute prev/next/last/first URLs), `GET` and `PATCH
 * /repos/{owner}/{repo}/issues/comments/{id}`. Any owner, repository and number exist. Requests
 * need `Authorization: token X` or `Bearer X` with `githubToken` or `githubReadOnlyToken`: no
 * header → 401 `Requires authentication`, another token → 401 `Bad credentials`; a write with a
 * read-only token (or any token under `scenario.githubReadOnly`) → 403 `Resource not accessible by
 * integration`. A body over 65536 characters → 422 `Validation Failed`. Errors are GitHub's
 * `{"message","documentation_url","status"}`. Requests are recorded in `requests` like any other.
 */

/** A running emulator. */
export interface Emulator {
  url: string
  port: number
  caPath: string
  oidcRequestUrl: string
  oidcRequestToken: string
  clientSecret: string
  scenario: Scenario
  requests: RecordedRequest[]
  /** ARM requests with method PUT, POST, PATCH or DELETE. */
  writes(): RecordedRequest[]
  /** Template resources keyed by lower-cased resource id, as GET returns them. */
  templates: Map<string, unknown>
  /** The emulator's time source (`options.clock`, else the wall clock). */
  clock: Clock
  /**
   * Bring builds, LROs and gallery provisioning up to the clock's current time. Requests and the
   * wall-clock timer do this anyway, and so does each `advance` of a manual clock.
   */
  tick(): void
  /** Every OIDC token, client assertion and access token the emulator issued. */
  issuedSecrets(): string[]
  /**
   * Customizer sources the last run of template `templateId` (a resource id) downloaded and
   * checked successfully; [] when it read none. See "Storage-hosted customizer sources" above.
   */
  downloadsOf(templateId: string): SourceDownload[]
  /** Every request the emulator made to Storage for customizer sources, in order. */
  storageReads: StorageRead[]
  /** Resolves when no storage read is in flight any more. */
  storageSettled(): Promise<void>
  /**
   * The customization.log the last failed run of template `templateId` wrote to its staging
   * account (see "Staging accounts" above); undefined when none did or the template is gone.
   */
  customizationLogOf(templateId: string): string | undefined
  /**
   * Put a template in place directly, optionally with a run in the given state. A seeded run
   * reads no customizer sources.
   */
  seedTemplate(id: string, body: object, runState?: 'Running' | 'Succeeded' | 'Failed'): void
  /**
   * Microsoft.Compute galleries, image definitions and image versions keyed by lower-cased
   * resource id, as GET returns them (versions created by builds included).
   */
  galleries: Map<string, unknown>
  /** A storage account whose GET answers `primaryEndpoints.blob` (for `storage-account` ids). */
  seedStorageAccount(id: string, blobEndpoint: string): void
  /** A managed image (`Microsoft.Compute/images`) whose GET answers this OS. */
  seedManagedImage(id: string, osType: 'Linux' | 'Windows'): void
  /** Put a provisioned gallery in place; `location` defaults to 'westus'. */
  seedGallery(id: string, location?: string, properties?: object): void
  /**
   * Put a provisioned image definition in place. `properties` are checked like a PUT body's
   * (osType, osState, identifier required); a missing gallery is seeded too. `location` defaults
   * to the gallery's.
   */
  seedGalleryImage(id: string, properties: object, location?: string): void
  /** Put a provisioned image version (`…/versions/x.y.z`) under an existing definition. */
  seedGalleryImageVersion(id: string, properties?: object, tags?: Record<string, string>): void
  /** Base URL of the emulated GitHub REST API, for GITHUB_API_URL (see "GitHub REST API" above). */
  githubApiUrl: string
  /** A GitHub token that may comment (random per emulator; `github-token`). */
  githubToken: string
  /** A GitHub token that reads but cannot write, like a fork pull request's (starts `ghs_readonly`). */
  githubReadOnlyToken: string
  /** Comments on issue or pull request `number` of `owner/repo`, oldest first, as GET lists them. */
  issueComments(owner: string, repo: string, number: number): IssueComment[]
  /**
   * Add comments by another user (`octocat`) to issue or pull request `number`: one per body, or
   * `count` numbered filler comments. Returns them.
   */
  seedIssueComments(
    owner: string,
    repo: string,
    number: number,
    bodies: readonly string[] | number,
  ): IssueComment[]
  close(): Promise<void>
}
