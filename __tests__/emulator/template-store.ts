import { randomUUID } from 'node:crypto'
import { buildFailureMessage, sourceFailureMessage, writeFailureLog } from './build-log.ts'
import { isRecord } from './exchange.ts'
import { publishVersions } from './gallery-publish.ts'
import type { GalleryStore } from './gallery-store.ts'
import type { OperationStore } from './lro.ts'
import { TEMPLATE_TYPE, type TemplateRef } from './resource-id.ts'
import {
  advanceRun,
  currentPhase,
  lastRunStatusOf,
  startRun,
  type PhaseVerdict,
  type Run,
  type RunEnd,
} from './run.ts'
import { buildRunOutputs, type RunOutput } from './run-outputs.ts'
import { ALL_PHASES } from './scenario.ts'
import type { StagingLogs } from './staging-logs.ts'
import {
  firstProblem,
  sourceVerdict,
  UNKNOWN_TENANT,
  type SourceReads,
  type StorageReader,
} from './storage-sources.ts'
import type { Clock, Scenario, SourceDownload } from './types.ts'

/** A template resource as GET returns it; mutated in place as time passes. */
export type TemplateResource = Record<string, unknown> & { properties: Record<string, unknown> }

/** Everything the emulator knows about one template. */
export interface TemplateRecord {
  ref: TemplateRef
  resource: TemplateResource
  provisioning?: { kind: 'create' | 'delete'; operation: string; doneAt: number }
  run?: Run
  runMessage: string
  outputs: RunOutput[]
  /** Reads of the current run's storage-hosted customizer sources (storage-sources.ts). */
  sources?: SourceReads
  /** What those reads downloaded successfully so far, in template order. */
  downloads: SourceDownload[]
}

/** Templates of one emulator, advanced by `tick`. */
export interface TemplateStore {
  /** GET views keyed by lower-cased id (the same objects as the records' `resource`). */
  templates: Map<string, unknown>
  get(ref: TemplateRef): TemplateRecord | undefined
  /** Store a template and start provisioning it under `operation`. */
  create(ref: TemplateRef, body: Record<string, unknown>, operation: string): TemplateRecord
  /** Store a provisioned template, optionally with a run in the given state. */
  seed(ref: TemplateRef, body: Record<string, unknown>, runState?: SeedRunState): void
  remove(record: TemplateRecord, operation: string): void
  /**
   * Start a build: its storage-hosted customizer sources are read as of now, with identity
   * tokens of `tenant` (the caller's).
   */
  beginRun(record: TemplateRecord, operation?: string, tenant?: string): void
  /**
   * Downloads of the last run of the template `ref` names; kept when the template is deleted,
   * dropped when a template of that id is created or seeded again.
   */
  downloadsOf(ref: TemplateRef): SourceDownload[]
  /** Advance every template to the current time. */
  tick(): void
}

/** Run states `seedTemplate` can put a template in. */
export type SeedRunState = 'Running' | 'Succeeded' | 'Failed'

const RUN_FAILED_CODE = 'InternalOperationError'

/**
 * Services a finished build reaches: operations to finish, galleries to publish to, the staging
 * accounts its log goes to (served from the emulator's `url`), the clock.
 */
interface Finisher {
  scenario: Scenario
  operations: OperationStore
  galleries: GalleryStore
  staging: StagingLogs
  url: string
  clock: Clock
}

/** Where a store's builds send what they produce besides the template's own state. */
export interface BuildSinks {
  galleries: GalleryStore
  /** Staging accounts, where failed builds write their customization.log. */
  staging: StagingLogs
  /** The emulator's URL, which serves the staging accounts' blobs. */
  url: string
}

/**
 * An empty store whose timings come from `scenario`, read live, whose time from `clock`, and
 * whose builds read their customizer sources through `reader`.
 */
export function createTemplateStore(
  scenario: Scenario,
  operations: OperationStore,
  sinks: BuildSinks,
  clock: Clock,
  reader: StorageReader,
): TemplateStore {
  const { galleries, staging, url } = sinks
  const records = new Map<string, TemplateRecord>()
  const templates = new Map<string, unknown>()
  // By template key: outlives the record, so tests can look after the action deleted it.
  const lastDownloads = new Map<string, SourceDownload[]>()
  const put = (record: TemplateRecord): void => {
    records.set(record.ref.key, record)
    templates.set(record.ref.key, record.resource)
    lastDownloads.delete(record.ref.key)
  }
  const drop = (record: TemplateRecord): void => {
    records.delete(record.ref.key)
    templates.delete(record.ref.key)
    staging.removeTemplate(record.ref.key)
  }
  const ended = (record: TemplateRecord, end: RunEnd, seeded = false): void => {
    finishRun(record, end, { scenario, operations, galleries, staging, url, clock }, seeded)
  }
  return {
    templates,
    get: (ref) => records.get(ref.key),
    create(ref, body, operation) {
      const record = newRecord(ref, body, 'Creating')
      const doneAt = clock.now() + scenario.provisionMs
      record.provisioning = { kind: 'create', operation, doneAt }
      put(record)
      return record
    },
    seed(ref, body, runState) {
      const record = newRecord(ref, body, 'Succeeded')
      put(record)
      if (runState) seedRun(record, runState, clock.now(), ended)
    },
    remove(record, operation) {
      const doneAt = clock.now() + scenario.provisionMs
      record.provisioning = { kind: 'delete', operation, doneAt }
      record.resource.properties.provisioningState = 'Deleting'
    },
    beginRun(record, operation, tenant = UNKNOWN_TENANT) {
      record.run = startRun(clock.now(), operation)
      record.runMessage = ''
      record.outputs = []
      const { ref, resource } = record
      const owner = {
        templateId: ref.id,
        properties: resource.properties,
        identity: resource.identity,
      }
      record.sources = reader.start(owner, tenant)
      record.downloads = record.sources.downloads
      lastDownloads.set(ref.key, record.downloads)
      refreshView(record)
    },
    downloadsOf: (ref) => [...(lastDownloads.get(ref.key) ?? [])],
    tick() {
      const now = clock.now()
      for (const record of [...records.values()]) {
        if (advanceProvisioning(record, now, operations)) drop(record)
        const gate = (phase: string): PhaseVerdict =>
          phase === 'Customizing' ? sourceVerdict(record.sources) : { kind: 'pass' }
        const end = record.run && advanceRun(record.run, now, scenario, gate)
        if (end) ended(record, end)
        refreshView(record)
      }
    },
  }
}

function newRecord(
  ref: TemplateRef,
  body: Record<string, unknown>,
  provisioningState: string,
): TemplateRecord {
  const properties = isRecord(body.properties) ? structuredClone(body.properties) : {}
  delete properties.lastRunStatus
  const resource: TemplateResource = {
    id: ref.id,
    name: ref.name,
    type: TEMPLATE_TYPE,
    location: body.location,
    ...(isRecord(body.tags) ? { tags: structuredClone(body.tags) } : {}),
    identity: identityWithPrincipals(body.identity),
    properties: { ...properties, provisioningState },
  }
  return { ref, resource, runMessage: '', outputs: [], downloads: [] }
}

// The service answers each user-assigned identity with its principal and client ids.
function identityWithPrincipals(identity: unknown): unknown {
  if (!isRecord(identity) || !isRecord(identity.userAssignedIdentities)) return identity
  const entries = Object.keys(identity.userAssignedIdentities).map((id) => [
    id,
    { clientId: randomUUID(), principalId: randomUUID() },
  ])
  return { ...identity, userAssignedIdentities: Object.fromEntries(entries) }
}

/** Returns true when the template has just been deleted. */
function advanceProvisioning(record: TemplateRecord, now: number, operations: OperationStore) {
  const provisioning = record.provisioning
  if (!provisioning || now < provisioning.doneAt) return false
  record.provisioning = undefined
  operations.finish(provisioning.operation, 'Succeeded')
  if (provisioning.kind === 'delete') return true
  const { subscriptionId, resourceGroup, name } = record.ref
  record.resource.properties.provisioningState = 'Succeeded'
  record.resource.properties.exactStagingResourceGroup = `/subscriptions/${subscriptionId}/resourceGroups/IT_${resourceGroup}_${name}_${randomUUID()}`
  return false
}

function finishRun(record: TemplateRecord, end: RunEnd, finisher: Finisher, seeded: boolean) {
  const { scenario, operations } = finisher
  const run = record.run
  if (!run) return
  if (end === 'Failed') {
    // A source that could not be read or checked fails the build as it leaves Customizing.
    const problem = currentPhase(run) === 'Customizing' ? firstProblem(record.sources) : undefined
    const failed = {
      ref: record.ref,
      properties: record.resource.properties,
      runId: run.id,
      startTime: run.startTime,
      sources: problem === undefined ? undefined : record.sources,
    }
    const sink = {
      scenario,
      staging: finisher.staging,
      url: finisher.url,
      now: finisher.clock.now(),
    }
    const location = writeFailureLog(failed, sink)
    record.runMessage = problem
      ? sourceFailureMessage(problem, location)
      : buildFailureMessage(location)
    operations.finish(run.operation, 'Failed', {
      code: RUN_FAILED_CODE,
      message: record.runMessage,
    })
    return
  }
  if (end === 'Canceled') {
    operations.finish(run.cancel?.operation, 'Succeeded')
    const error = { code: 'OperationCanceled', message: 'The image build was canceled.' }
    operations.finish(run.operation, 'Canceled', error)
    return
  }
  // Seeded runs only name their versions; real ones create them or fail at Distributing.
  const build = { resource: record.resource, runId: run.id }
  const published = publishVersions(finisher.galleries, build, seeded ? 'preview' : 'publish')
  if (!published.ok) {
    failDistribution(record, run, published.message, finisher)
    return
  }
  const distribute = record.resource.properties.distribute
  record.outputs = buildRunOutputs(record.ref, distribute, published.artifactIds)
  operations.finish(run.operation, 'Succeeded')
}

// The build itself went well, but a SharedImage distributor could not publish its version.
function failDistribution(record: TemplateRecord, run: Run, message: string, finisher: Finisher) {
  run.state = 'Failed'
  run.phaseIndex = ALL_PHASES.indexOf('Distributing')
  record.runMessage = message
  finisher.operations.finish(run.operation, 'Failed', { code: RUN_FAILED_CODE, message })
}

function seedRun(
  record: TemplateRecord,
  runState: SeedRunState,
  now: number,
  ended: (record: TemplateRecord, end: RunEnd, seeded: boolean) => void,
): void {
  const run = startRun(now)
  record.run = run
  if (runState !== 'Running') {
    run.phaseIndex = ALL_PHASES.length - 1
    run.state = runState
    run.endTime = new Date(now).toISOString()
    ended(record, runState, true)
  }
  refreshView(record)
}

function refreshView(record: TemplateRecord): void {
  if (!record.run) return
  record.resource.properties.lastRunStatus = lastRunStatusOf(record.run, record.runMessage)
}
