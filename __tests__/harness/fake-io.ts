// A typed fake of the ActionIO port: the step files (main, post, build, cleanup) run in process
// against the emulator, fast, and every call they make to the runner is recorded.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { InputName } from '../../src/model/names.ts'
import { scrubbing, type ActionIO, type AnnotationTarget } from '../../src/runner/io.ts'
import type { Emulator } from '../emulator/types.ts'
import { defaultInputs, eventEnv, runnerEnv, type GithubEvent } from './run-action.ts'

export interface FakeIO extends ActionIO {
  readonly outputs: Record<string, string>
  readonly state: Record<string, string>
  /** Every log line, prefixed by its level (`info: `, `warning: `, `error: `, `debug: `). */
  readonly lines: string[]
  readonly secrets: string[]
  readonly summaries: string[]
  /** Lines of one level, without the prefix (`group` lines open and end groups). */
  linesOf(level: 'info' | 'warning' | 'error' | 'debug' | 'group'): string[]
  /** All the text the step showed: lines, outputs, summaries (what "no secret anywhere" reads). */
  shown(): string
}

export interface FakeIOOptions {
  readonly inputs: Record<string, string>
  /** Saved state, as post receives it. */
  readonly state?: Record<string, string>
  /** Where OIDC tokens come from (the emulator's GitHub endpoint). */
  readonly emulator?: Emulator
}

/**
 * The fake, wrapped in the same scrubbing the real adapter applies, so what it records is what
 * the runner would be given.
 */
export function fakeIO(options: FakeIOOptions): FakeIO {
  const inputs = { ...defaultInputs(options.emulator), ...options.inputs }
  const outputs: Record<string, string> = {}
  const state: Record<string, string> = { ...options.state }
  const lines: string[] = []
  const secrets: string[] = []
  const summaries: string[] = []
  let grouped = false
  const raw: ActionIO = {
    getInput: (name: InputName) => (inputs[name] ?? '').trim(),
    setOutput: (name, value) => void (outputs[name] = value),
    saveState: (key, value) => void (state[key] = value),
    getState: (key) => state[key] ?? '',
    info: (m) => void lines.push(`info: ${m}`),
    warning: (m, at) => void lines.push(`warning: ${m}${where(at)}`),
    error: (m, at) => void lines.push(`error: ${m}${where(at)}`),
    debug: (m) => void lines.push(`debug: ${m}`),
    fail: (m) => void lines.push(`error: ${m}`),
    setSecret: (value) => void secrets.push(value),
    getIDToken: (audience) => fetchIdToken(options.emulator, audience),
    writeSummary: (markdown) => Promise.resolve(void summaries.push(markdown)),
    group: async (name, body) => {
      // The runner has no nested groups: an inner ::group:: would end the outer one.
      if (grouped) throw new Error(`fakeIO: group "${name}" opened inside another group`)
      grouped = true
      lines.push(`group: ${name}`)
      try {
        return await body()
      } finally {
        grouped = false
        lines.push('group: end')
      }
    },
  }
  return {
    ...scrubbing(raw),
    outputs,
    state,
    lines,
    secrets,
    summaries,
    linesOf: (level) =>
      lines.filter((l) => l.startsWith(`${level}: `)).map((l) => l.slice(level.length + 2)),
    shown: () => [...lines, JSON.stringify(outputs), ...summaries].join('\n'),
  }
}

/** ` [file:line:col title]` after an annotation's text, as the runner's workflow command carries it. */
function where(at: AnnotationTarget | undefined): string {
  if (!at) return ''
  const position = [at.file, at.line, at.column].filter((p) => p !== undefined).join(':')
  return ` [${[position, at.title].filter(Boolean).join(' ')}]`
}

/** What the Actions runtime does for core.getIDToken. */
async function fetchIdToken(emulator: Emulator | undefined, audience: string): Promise<string> {
  if (!emulator) throw new Error('fakeIO: no emulator to ask for an OIDC token')
  const url = `${emulator.oidcRequestUrl}&audience=${encodeURIComponent(audience)}`
  const response = await fetch(url, {
    headers: { authorization: `Bearer ${emulator.oidcRequestToken}` },
  })
  const body = (await response.json()) as { value?: string }
  if (!response.ok || !body.value) throw new Error(`OIDC token request failed: ${response.status}`)
  return body.value
}

/**
 * A runner-like env for an in-process step, with a RUNNER_TEMP that `cleanup()` removes, and the
 * triggering event's GITHUB_EVENT_NAME / GITHUB_EVENT_PATH when `event` is given.
 */
export function stepEnv(
  workspace: string,
  emulator: Emulator,
  event?: GithubEvent,
): {
  env: NodeJS.ProcessEnv
  cleanup: () => void
} {
  const temp = mkdtempSync(path.join(tmpdir(), 'aib-step-'))
  return {
    env: { ...runnerEnv(workspace, emulator), RUNNER_TEMP: temp, ...eventEnv(temp, event) },
    cleanup: () => rmSync(temp, { recursive: true, force: true }),
  }
}
