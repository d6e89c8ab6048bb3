// Plain data shared by every layer: the parts of the typed configuration, cloud and sign-in
// settings, what post needs. No behaviour, no imports.

export type OsType = 'linux' | 'windows'
export type CleanupMode = 'always' | 'on-success' | 'never'
export const CLEANUP_MODES: readonly CleanupMode[] = ['always', 'on-success', 'never']

export type SourceImage =
  | {
      readonly type: 'PlatformImage'
      readonly publisher: string
      readonly offer: string
      readonly sku: string
      readonly version: string
    }
  | { readonly type: 'ManagedImage'; readonly imageId: string }
  | { readonly type: 'SharedImageVersion'; readonly imageVersionId: string }

export type CloudName = 'AzureCloud' | 'AzureUSGovernment' | 'AzureChinaCloud'

export interface CloudConfig {
  readonly name: CloudName
  readonly armEndpoint: string
  readonly authorityHost: string
  /** Custom authorities (Azure Stack Hub, the emulator) have no instance discovery endpoint. */
  readonly customAuthority: boolean
}

/** Where uploads go: a blob endpoint known now, or an account whose endpoint ARM tells. */
export type StorageAccountRef =
  | { readonly kind: 'endpoint'; readonly blobEndpoint: string }
  | { readonly kind: 'resource'; readonly accountId: string }

/** How the build VM reads uploads: as the template identity, or through a read-only SAS. */
export type StorageAccess = 'identity' | 'sas'

/** `storage-account`, `storage-container`, `storage-access`. */
export interface StorageConfig {
  readonly account: StorageAccountRef
  readonly container: string
  readonly access: StorageAccess
}

export type AuthConfig =
  | {
      readonly kind: 'oidc'
      readonly clientId: string
      readonly tenantId: string
      /** Audience of GitHub's OIDC token: what the federated credential in Entra expects. */
      readonly audience: string
    }
  | { readonly kind: 'default'; readonly tenantId?: string }

/** A workspace file whose bytes go to the VM exactly as they are. */
export interface WorkspaceFile {
  /** Path relative to the workspace, with forward slashes: what logs and the summary show. */
  readonly relPath: string
  readonly bytes: Buffer
  readonly sha256: string
}

export interface ReplicationRegion {
  readonly name: string
  readonly replicaCount?: number
  readonly storageAccountType?: string
}

/** The service's own version numbering, used when no explicit version is given. */
export type GalleryVersioning =
  { readonly scheme: 'Latest'; readonly major?: number } | { readonly scheme: 'Source' }

/** What a gallery image definition must be; `identifier` set means: create it when missing. */
export interface DefinitionSpec {
  readonly identifier?: { readonly publisher: string; readonly offer: string; readonly sku: string }
  readonly osState: 'Generalized' | 'Specialized'
  /** Undefined when neither given nor inferable from the source. */
  readonly hyperVGeneration?: 'V1' | 'V2'
  readonly architecture?: 'x64' | 'Arm64'
  readonly securityType?: string
}

export interface Distribution {
  readonly managedImageId?: string
  readonly gallery?: {
    /** Definition id, or a version id when the version is explicit. */
    readonly galleryImageId: string
    /** The image definition id (galleryImageId without /versions/x.y.z). */
    readonly definitionId: string
    /** Explicit version x.y.z, when given. */
    readonly version?: string
    readonly versioning?: GalleryVersioning
    readonly definition: DefinitionSpec
    readonly targetRegions: readonly ReplicationRegion[]
    readonly excludeFromLatest: boolean
  }
  /** `true` for a VHD in the staging storage account, or a blob URI destination. */
  readonly vhd?: true | string
  readonly artifactTags: Readonly<Record<string, string>>
}

/** `customizer-source` when it goes through Blob Storage: walked and packed at run time. */
export interface ArtifactSource {
  /** Absolute path of the file or directory. */
  readonly path: string
  /** Workspace-relative, for messages. */
  readonly relPath: string
}

/** The packed `customizer-source` once uploaded: what the template points the build VM at. */
export interface UploadedArchive {
  /** Blob URL the build VM reads; with `storage-access: sas` it carries the read-only SAS. */
  readonly url: string
  readonly sha256: string
  readonly bytes: number
  readonly format: 'tar.gz' | 'zip'
  /** Too large for the File customizer (20 MB): a script on the VM downloads it. */
  readonly fetchedByScript: boolean
  /** File name on the VM while it is unpacked (the blob's own name, without folders). */
  readonly fileName: string
  /** The template identity's resource id, for IMDS on the VM when the archive is fetched by a script. */
  readonly identityId?: string
}

/** What was uploaded for the build: the artifact archive and scripts too large to inline. */
export interface UploadedFiles {
  readonly archive?: UploadedArchive
  /** Blob URL (carrying a read-only SAS with `storage-access: sas`) by workspace path. */
  readonly scripts: Readonly<Record<string, string>>
}

export interface Customization {
  readonly scripts: readonly WorkspaceFile[]
  /** Inlined artifacts; empty when they go through Blob Storage (`artifactSource`). */
  readonly artifacts: readonly WorkspaceFile[]
  /** `customizer-source` to upload, when `storage-account` is set. */
  readonly artifactSource?: ArtifactSource
  /** Workspace-relative directory the artifacts' layout is kept below ('' for the workspace). */
  readonly artifactRoot: string
  readonly artifactDestination: string
  readonly inlineScript: string
  readonly windowsUpdate: boolean
  readonly validators: readonly WorkspaceFile[]
}

export interface VmSettings {
  readonly vmSize?: string
  readonly osDiskSizeGb?: number
  readonly subnetId?: string
  readonly stagingResourceGroupId?: string
  /** Undefined when not given: the template file's value, else 240, applies. */
  readonly buildTimeoutMinutes?: number
}

/**
 * Where the template lives, how to reach it and what to do with it afterwards: what main saves
 * for post before its first write, so post never reads the workspace again.
 */
export interface CleanupTarget {
  readonly cloud: CloudConfig
  readonly auth: AuthConfig
  readonly subscriptionId: string
  readonly resourceGroup: string
  readonly templateName: string
  /** Value of the owner tag on templates this job creates (see run-context.ts). */
  readonly owner: string
  readonly cleanup: CleanupMode
  readonly pollMs: number
}
