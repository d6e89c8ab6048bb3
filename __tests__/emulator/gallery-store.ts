// Galleries, image definitions and image versions of one emulator, with their provisioning.
import type { GalleryRef } from './gallery-ids.ts'
import type { OperationStore } from './lro.ts'
import type { Clock, Scenario } from './types.ts'

/** A gallery resource as GET returns it; mutated in place while it provisions. */
export type GalleryResource = Record<string, unknown> & {
  id: string
  name: string
  location: string
  properties: Record<string, unknown>
}

/** Everything the emulator knows about one gallery resource. */
export interface GalleryRecord {
  ref: GalleryRef
  resource: GalleryResource
  provisioning?: { operation: string; doneAt: number }
}

/** The gallery resources of one emulator, advanced by `tick`. */
export interface GalleryStore {
  /** GET views of galleries, definitions and versions, keyed by lower-cased id. */
  resources: Map<string, unknown>
  get(ref: GalleryRef): GalleryRecord | undefined
  /**
   * Store `resource` under `ref`, replacing any previous one. With `operation`, it provisions
   * (`Creating`/`Updating`) for `scenario.provisionMs` and then finishes that operation.
   */
  put(ref: GalleryRef, resource: GalleryResource, operation?: string): GalleryRecord
  /** The direct children of `ref` (the definitions of a gallery, the versions of a definition). */
  children(ref: GalleryRef): GalleryRecord[]
  /** Finish every provisioning that is due. */
  tick(): void
  /** The emulator's current time (ms since epoch), e.g. for a version's `publishedDate`. */
  now(): number
}

/** An empty store whose timings come from `scenario`, read live, and whose time from `clock`. */
export function createGalleryStore(
  scenario: Scenario,
  operations: OperationStore,
  clock: Clock,
): GalleryStore {
  const records = new Map<string, GalleryRecord>()
  const resources = new Map<string, unknown>()
  return {
    resources,
    get: (ref) => records.get(ref.key),
    put(ref, resource, operation) {
      const record: GalleryRecord = { ref, resource }
      if (operation !== undefined) {
        const state = records.has(ref.key) ? 'Updating' : 'Creating'
        resource.properties.provisioningState = state
        record.provisioning = { operation, doneAt: clock.now() + scenario.provisionMs }
      } else {
        resource.properties.provisioningState = 'Succeeded'
      }
      records.set(ref.key, record)
      resources.set(ref.key, resource)
      return record
    },
    children(ref) {
      const depth = ref.names.length + 1
      return [...records.values()].filter(
        (record) => record.ref.names.length === depth && record.ref.key.startsWith(`${ref.key}/`),
      )
    },
    tick() {
      const now = clock.now()
      for (const record of records.values()) {
        const provisioning = record.provisioning
        if (!provisioning || now < provisioning.doneAt) continue
        record.provisioning = undefined
        record.resource.properties.provisioningState = 'Succeeded'
        operations.finish(provisioning.operation, 'Succeeded')
      }
    },
    now: () => clock.now(),
  }
}
