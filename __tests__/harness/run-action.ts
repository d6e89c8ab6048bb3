// Runs dist/index.js the way the GitHub runner does: INPUT_* env with action.yml defaults,
// GITHUB_OUTPUT / GITHUB_STATE / GITHUB_STEP_SUMMARY files, STATE_* for the post step.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parse } from 'yaml'
import type { Emulator } from '../emulator/types.ts'

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..')
const BUNDLE = path.join(REPO_ROOT, 'dist', 'index.js')

export const TENANT_ID = '72f988bf-86f1-41af-91ab-2d7cd011db47'
export const CLIENT_ID = '11111111-2222-3333-4444-555555555555'
export const SUBSCRIPTION_ID = '0b1f6471-1bf0-4dda-aec3-111122223333'

export interface RunOptions {
  readonly inputs: Record<string, string>
  readonly workspace: string
  readonly env?: Record<string, string>
  /** STATE_* values for the post step (what main wrote to GITHUB_STATE). */
  readonly state?: Record<string, string>
  /** Called with each chunk of stdout, and the child, e.g. to send SIGINT at a given phase. */
  readonly onStdout?: (text: string, child: ChildProcess) => void
  /** Called with each complete line of stdout as it arrives (npm start shows the run live). */
  readonly onLine?: (line: string) => void
  /** Another copy of the bundle to run instead of dist/index.js. */
  readonly bundle?: string
  /** The event that triggered the job: GITHUB_EVENT_NAME, and its payload at GITHUB_EVENT_PATH. */
  readonly event?: GithubEvent
}

/** A workflow event: its name (`pull_request`, `push`, …) and the payload the runner writes. */
export interface GithubEvent {
  readonly name: string
  readonly payload: object
}

/** A `pull_request` event for pull request `number` of the runner's repository. */
export function pullRequestEvent(
  number: number,
  name: 'pull_request' | 'pull_request_target' = 'pull_request',
): GithubEvent {
  const repository = { full_name: 'octo/image-factory', name: 'image-factory' }
  return {
    name,
    payload: { action: 'synchronize', number, pull_request: { number }, repository },
  }
}

/** Writes the event's payload into `dir`, as the runner does; returns the env that names it. */
export function eventEnv(dir: string, event: GithubEvent | undefined): Record<string, string> {
  if (!event) return {}
  const file = path.join(dir, 'event.json')
  writeFileSync(file, JSON.stringify(event.payload))
  return { GITHUB_EVENT_NAME: event.name, GITHUB_EVENT_PATH: file }
}

export interface ActionRun {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
  readonly outputs: Record<string, string>
  readonly state: Record<string, string>
  readonly summary: string
  /** Date.now() just before the process was spawned. */
  readonly spawnedAt: number
}

/**
 * Inputs with their action.yml defaults, as the runner passes them; `github-token` is the
 * emulator's token when one is given.
 */
export function defaultInputs(emulator?: Emulator): Record<string, string> {
  const action = parse(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>
  }
  const defaults: Record<string, string> = {}
  for (const [name, spec] of Object.entries(action.inputs)) {
    const token = emulator?.githubToken ?? 'ghs_emulated_token'
    defaults[name] = String(spec.default ?? '').replace('${{ github.token }}', token)
  }
  return defaults
}

/** The env of a GitHub job plus, when an emulator is given, its OIDC endpoint, GitHub API and CA. */
export function runnerEnv(workspace: string, emulator?: Emulator): Record<string, string> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/root',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'octo/image-factory',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_WORKFLOW: 'images',
    GITHUB_SERVER_URL: 'https://github.com',
  }
  if (!emulator) return env
  return {
    ...env,
    NODE_EXTRA_CA_CERTS: emulator.caPath,
    ACTIONS_ID_TOKEN_REQUEST_URL: emulator.oidcRequestUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: emulator.oidcRequestToken,
    GITHUB_API_URL: emulator.githubApiUrl,
  }
}

/** Inputs that point the action at the emulator with OIDC federation. */
export function emulatorInputs(emulator: Emulator): Record<string, string> {
  return {
    'subscription-id': SUBSCRIPTION_ID,
    'arm-endpoint': emulator.url,
    'authority-host': emulator.url,
    'client-id': CLIENT_ID,
    'tenant-id': TENANT_ID,
  }
}

/** Emulated build timings that keep end-to-end tests fast (a whole build in about a second). */
export const FAST_SCENARIO = { phaseMs: 150, provisionMs: 50, retryAfterSeconds: 0 }

/** A complete, valid set of inputs for a Linux build against the emulator. */
export function buildInputs(emulator: Emulator, name?: string): Record<string, string> {
  return {
    ...emulatorInputs(emulator),
    'resource-group': 'images-rg',
    location: 'westeurope',
    identity: 'aib-identity',
    source: 'Canonical:ubuntu-24_04-lts:server:latest',
    'poll-interval-seconds': '0.1',
    ...(name ? { 'image-template-name': name } : {}),
  }
}

/** GITHUB_OUTPUT / GITHUB_STATE files: `name<<delimiter\nvalue\ndelimiter` records. */
export function parseCommandFile(text: string): Record<string, string> {
  const values: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '')
    if (!match) continue
    const [, name = '', delimiter] = match
    const value: string[] = []
    while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i] ?? '')
    values[name] = value.join('\n')
  }
  return values
}

export async function runAction(options: RunOptions, emulator?: Emulator): Promise<ActionRun> {
  const files = mkdtempSync(path.join(tmpdir(), 'aib-runner-'))
  const [output, state, summary] = ['output', 'state', 'summary'].map((name) => {
    const file = path.join(files, name)
    writeFileSync(file, '')
    return file
  }) as [string, string, string]
  const inputs = { ...defaultInputs(emulator), ...options.inputs }
  const env: Record<string, string> = {
    ...runnerEnv(options.workspace, emulator),
    RUNNER_TEMP: files,
    GITHUB_OUTPUT: output,
    GITHUB_STATE: state,
    GITHUB_STEP_SUMMARY: summary,
    ...eventEnv(files, options.event),
    ...options.env,
  }
  for (const [name, value] of Object.entries(inputs))
    env[`INPUT_${name.replaceAll(' ', '_').toUpperCase()}`] = value
  for (const [name, value] of Object.entries(options.state ?? {})) env[`STATE_${name}`] = value
  const spawnedAt = Date.now()
  const child = spawn(process.execPath, [options.bundle ?? BUNDLE], { cwd: options.workspace, env })
  let stdout = ''
  let stderr = ''
  let shown = 0
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString()
    options.onStdout?.(stdout, child)
    const end = stdout.lastIndexOf('\n') + 1
    if (options.onLine && end > shown)
      stdout
        .slice(shown, end - 1)
        .split('\n')
        .forEach(options.onLine)
    shown = Math.max(shown, end)
  })
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  return {
    code,
    stdout,
    stderr,
    outputs: parseCommandFile(readFileSync(output, 'utf8')),
    state: parseCommandFile(readFileSync(state, 'utf8')),
    summary: readFileSync(summary, 'utf8'),
    spawnedAt,
  }
}

/** Main, then post with main's saved state: one step of a job. */
export async function runStep(
  options: RunOptions,
  emulator?: Emulator,
): Promise<{ main: ActionRun; post: ActionRun }> {
  const main = await runAction(options, emulator)
  const post = await runAction({ ...options, onStdout: undefined, state: main.state }, emulator)
  return { main, post }
}

/**
 * Everything a run showed or wrote, for "no secret anywhere" checks. `::add-mask::` commands are
 * consumed by the runner (never displayed) and are how secrets get masked, so they are left out.
 */
export function everything(run: ActionRun): string {
  const shown = (text: string) =>
    text
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n')
  return [
    shown(run.stdout),
    shown(run.stderr),
    run.summary,
    JSON.stringify(run.outputs),
    JSON.stringify(run.state),
  ].join('\n')
}
