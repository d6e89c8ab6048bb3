/** Sub-states of an image build, in the order the service reports them. */
export type RunSubState =
  'Queued' | 'Building' | 'Customizing' | 'Optimizing' | 'Validating' | 'Distributing'

/** Run states of an image build (`lastRunStatus.runState`). */
export type RunState =
  'Running' | 'Canceling' | 'Succeeded' | 'PartiallySucceeded' | 'Failed' | 'Canceled'

/** One scripted misbehaviour of ARM, consumed by the next ARM request. */
export type Fault =
  { kind: 'status'; status: 429 | 500 | 503; retryAfterSeconds?: number } | { kind: 'reset' }

/** Knobs of the emulated service; mutable while the emulator runs. */
export interface Scenario {
  /** Duration of each run sub-state. */
  phaseMs: number
  /** The run ends Failed after spending `phaseMs` in this phase. */
  failAt?: RunSubState
  /** The run ends PartiallySucceeded instead of Succeeded. */
  partial?: boolean
  /** Form of the customization.log location in a failed run's message. */
  logForm: 'url' | 'path'
  /** How long PUT, DELETE and cancel take. */
  provisionMs: number
  /** Value of Retry-After on LRO responses. */
  retryAfterSeconds: number
  /** Lifetime of issued GitHub OIDC tokens and Entra access tokens. */
  tokenLifetimeSeconds: number
  /** Queue of faults, one consumed per ARM request. */
  faults: Fault[]
}

/** Options of `startEmulator`. */
export interface EmulatorOptions {
  /** Directory of `ca.pem`/`key.pem`; default `.emulator` under the repository root. */
  certDir?: string
  scenario?: Partial<Scenario>
}

/** One request as the emulator saw it, with credentials redacted. */
export interface RecordedRequest {
  method: string
  path: string
  query: Record<string, string>
  headers: Record<string, string>
  body: unknown
  /** Status answered; 0 while in flight or when the connection was reset. */
  status: number
  at: number
}

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
  /** Every OIDC token, client assertion and access token the emulator issued. */
  issuedSecrets(): string[]
  /** Put a template in place directly, optionally with a run in the given state. */
  seedTemplate(id: string, body: object, runState?: 'Running' | 'Succeeded' | 'Failed'): void
  /**
   * Microsoft.Compute galleries, image definitions and image versions keyed by lower-cased
   * resource id, as GET returns them (versions created by builds included).
   */
  galleries: Map<string, unknown>
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
  close(): Promise<void>
}
