import { STATE_KEY } from '../model/names.ts'
import type { CleanupTarget } from '../model/types.ts'
import type { ActionIO } from './io.ts'

/**
 * What main leaves for post, the contract between the two: written before each Azure call it
 * protects, so post works from it alone and never reads the inputs' files again.
 */
export interface PostState {
  readonly v: 2
  /** Set before the first write to Azure: from here on something may exist there. */
  readonly target?: CleanupTarget
  /** `resume: true`: this job adopted another job's template and owns its cleanup. */
  readonly adopted: boolean
  /** Set before POST …/run. */
  readonly runStarted: boolean
  /** `wait: false`: the build goes on after this job, so post must leave it alone. */
  readonly detached: boolean
  /** Blobs uploaded for the build (`storage-account`), saved before the first one is written. */
  readonly uploads?: UploadedBlobs
  /** Main saw the run end (`runState` holds how). */
  readonly finished: boolean
  readonly runState?: string
}

export interface UploadedBlobs {
  readonly blobEndpoint: string
  readonly container: string
  readonly names: readonly string[]
}

/** Records what main has done so far, merged into the state post reads. */
export type SaveState = (patch: Partial<PostState>) => void

export const INITIAL_STATE: PostState = {
  v: 2,
  adopted: false,
  runStarted: false,
  detached: false,
  finished: false,
}

export function savePostState(io: ActionIO, state: PostState): void {
  io.saveState(STATE_KEY, JSON.stringify(state))
}

/** The saved state; undefined when main saved none (or one this version cannot read). */
export function loadPostState(io: ActionIO): PostState | undefined {
  const raw = io.getState(STATE_KEY)
  if (raw === '') return undefined
  try {
    const parsed = JSON.parse(raw) as PostState
    return parsed.v === 2 ? parsed : undefined
  } catch {
    return undefined
  }
}
