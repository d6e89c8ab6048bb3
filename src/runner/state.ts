import { STATE_KEY } from '../config/names.ts'
import type { ActionIO } from './io.ts'

/** What main leaves for post. Written before each Azure call it protects. */
export interface PostState {
  readonly v: 1
  /** Set before the template PUT: from here on something may exist in Azure. */
  readonly templateRequested: boolean
  /** `wait: false`: the build goes on after this job, so post must leave it alone. */
  readonly detached: boolean
  readonly finished: boolean
  readonly runState?: string
}

/** Records what main has done so far, merged into the state post reads. */
export type SaveState = (patch: Partial<PostState>) => void

export const INITIAL_STATE: PostState = {
  v: 1,
  templateRequested: false,
  detached: false,
  finished: false,
}

export function savePostState(io: ActionIO, state: PostState): void {
  io.saveState(STATE_KEY, JSON.stringify(state))
}

export function loadPostState(io: ActionIO): PostState | undefined {
  const raw = io.getState(STATE_KEY)
  if (raw === '') return undefined
  try {
    const parsed = JSON.parse(raw) as PostState
    return parsed.v === 1 ? parsed : undefined
  } catch {
    return undefined
  }
}
