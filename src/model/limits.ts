// Every wait of the action has a bound, stated here and in the README ("Cleanup and cancel").
// Tests pass smaller ones; users get these.

export interface Limits {
  /** Template create or delete, followed to the end (the service takes seconds to minutes). */
  readonly provisionMs: number
  /** One read (a template, its run outputs); a status read past it counts as a failed read. */
  readonly readMs: number
  /** Packing and uploading `customizer-source` (gigabytes at tens of MB/s). */
  readonly uploadMs: number
  /** POST …/run until the service accepted the build. */
  readonly startMs: number
  /** Main's cancel request while the runner is stopping the job (it kills us ~10 s later). */
  readonly cancelRequestMs: number
  /**
   * The whole post step. GitHub force-stops a cancelled job about 5 minutes after the cancel, and
   * post runs after main has been stopped; 4 minutes leaves room to say what was left behind.
   */
  readonly postMs: number
  /** Consecutive failed status reads tolerated while following a build (an ARM outage). */
  readonly maxFailedReads: number
  /** Margin over build-timeout-minutes before main stops waiting (the service times out first). */
  readonly buildMarginMs: number
  /** Posting the pull-request comment (list, then create or update). */
  readonly commentMs: number
  /** Reading customization.log of a failed build (ARM, then one ranged blob read). */
  readonly logReadMs: number
}

export const DEFAULT_LIMITS: Limits = {
  provisionMs: 15 * 60_000,
  readMs: 2 * 60_000,
  uploadMs: 60 * 60_000,
  startMs: 5 * 60_000,
  cancelRequestMs: 5_000,
  postMs: 4 * 60_000,
  // 10 minutes at the default 15 s poll interval.
  maxFailedReads: 40,
  buildMarginMs: 30 * 60_000,
  commentMs: 30_000,
  logReadMs: 60_000,
}

/**
 * How much of customization.log the action reads and parses: its tail. The service's log is often
 * tens of MB (every Azure request of the build is traced in it); the failure is at its end.
 */
export const CUSTOMIZATION_LOG_TAIL_BYTES = 4 * 1024 * 1024
