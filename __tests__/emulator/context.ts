import type { ManagedImages } from './managed-images.ts'
import type { JsonWebKey } from 'node:crypto'
import type { TokenAuthority } from './auth.ts'
import type { GalleryStore } from './gallery-store.ts'
import type { GithubStore } from './github-store.ts'
import type { StorageAccounts } from './storage-accounts.ts'
import type { OperationStore } from './lro.ts'
import type { StagingLogs } from './staging-logs.ts'
import type { StorageReader } from './storage-sources.ts'
import type { TemplateStore } from './template-store.ts'
import type { Clock, Scenario } from './types.ts'

/** Everything a handler may need, shared by one emulator instance. */
export interface EmulatorContext {
  url: string
  scenario: Scenario
  /** Every time the emulator reads comes from here. */
  clock: Clock
  tokens: TokenAuthority
  oidcRequestToken: string
  clientSecret: string
  /** Public signing key as a JWK, served by the Entra key endpoint. */
  signingJwk: JsonWebKey
  operations: OperationStore
  store: TemplateStore
  /** Microsoft.Compute galleries, image definitions and image versions. */
  galleries: GalleryStore
  /** Seeded storage accounts: lower-cased id → blob endpoint. */
  storageAccounts: StorageAccounts
  /** Seeded managed images (`seedManagedImage`): id → OS. */
  managedImages: ManagedImages
  /** Reads builds' customizer sources from Storage, and records every request it made. */
  storage: StorageReader
  /** Issue comments and tokens of the emulated GitHub REST API. */
  github: GithubStore
  /** Staging accounts of templates and the customization.log of their failed builds. */
  staging: StagingLogs
}
