// The typed configuration that parseConfig produces once; the rest of the code never sees raw inputs.
import type {
  AuthConfig,
  CleanupMode,
  CloudConfig,
  Customization,
  Distribution,
  OsType,
  SourceImage,
  StorageConfig,
  VmSettings,
} from '../model/types.ts'
import type { InputNotice } from '../model/errors.ts'
import type { OsTypeFrom } from './source.ts'
import type { TemplateFileInput } from './template-input.ts'

export interface Config {
  readonly subscriptionId: string
  readonly resourceGroup: string
  readonly location: string
  readonly cloud: CloudConfig
  readonly auth: AuthConfig
  readonly identityId: string
  readonly templateName: string
  /** Value of the owner tag this job puts on the template it creates. */
  readonly owner: string
  /** Undefined when the source comes from the template file (or, with resume, is not needed). */
  readonly source?: SourceImage
  /** The user's own template file (`template`), already loaded and resolved. */
  readonly templateFile?: TemplateFileInput
  readonly osType: OsType
  /**
   * Where `osType` came from: `os-type`, the source (platform image), the file's customizers or
   * repository scripts, or `assumed` (Linux, nothing said; a real run can ask the gallery image
   * definition or managed image).
   */
  readonly osTypeFrom: OsTypeFrom
  readonly customization: Customization
  /** `storage-account` and friends; undefined when everything is inlined. */
  readonly storage?: StorageConfig
  /** Blob folder of this run's uploads (template name, run id and attempt). */
  readonly uploadFolder: string
  readonly distribution: Distribution
  readonly vm: VmSettings
  readonly wait: boolean
  readonly resume: boolean
  readonly pollMs: number
  readonly cleanup: CleanupMode
  readonly dryRun: boolean
  /** Directory where the rendered template JSON is written. */
  readonly outputDir: string
  /**
   * What the input checks found that does not stop the run, in input order: `warning`s to show
   * as annotations (at `at` when set), `info`s that a check was skipped (a log line is enough).
   */
  readonly notices: readonly InputNotice[]
  /** `pr-comment: true`: where and with which token the result is commented; else undefined. */
  readonly prComment?: PrCommentConfig
}

/** What posting the pull-request comment needs, read from inputs and the runner's env. */
export interface PrCommentConfig {
  /** `github-token`; main registers it as a secret before anything is logged. */
  readonly token: string
  /** Names the comment's hidden marker: the same on every run of this step (see pr-comment.ts). */
  readonly key: string
  /** `GITHUB_API_URL` (GitHub Enterprise Server, emulators), else https://api.github.com. */
  readonly apiUrl: string
  /** `GITHUB_REPOSITORY`: owner/name. */
  readonly repository: string
  /** `GITHUB_EVENT_NAME` and `GITHUB_EVENT_PATH`: which event ran the job, and its payload. */
  readonly eventName: string
  readonly eventPath: string
  /** The workflow run's page, linked from the comment for the full job summary. */
  readonly runUrl?: string
}
