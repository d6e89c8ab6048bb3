// `customizer-source` through Blob Storage, the part before any request: the tree is walked (and
// refused by name if it holds what cannot be packed), and the archive's name and format fixed.
import { ArtifactError, walkTree, type Tree } from '../artifacts/tree.ts'
import type { ArchiveFormat } from '../artifacts/pack.ts'
import type { Config } from '../config/types.ts'
import { InputError } from '../model/errors.ts'
import type { UploadedArchive } from '../model/types.ts'
import { FILE_CUSTOMIZER_MAX_BYTES } from '../template/remote-artifacts.ts'

export interface ArtifactPlan {
  readonly tree: Tree
  /** tar.gz keeps exec bits and links for Linux; zip is what Windows unpacks natively. */
  readonly format: ArchiveFormat
  /** Blob name below the container: the run's upload folder, then the archive's file name. */
  readonly blobName: string
  readonly fileName: string
  /** Decided from the tree's size, so the template keeps its shape from validation to submit. */
  readonly fetchedByScript: boolean
}

/** Walks the source; undefined when nothing is uploaded. @throws InputError naming the input */
export async function planArtifacts(config: Config): Promise<ArtifactPlan | undefined> {
  const source = config.customization.artifactSource
  if (!config.storage || !source) return undefined
  const format: ArchiveFormat = config.osType === 'windows' ? 'zip' : 'tar.gz'
  const fileName = `${config.templateName}-artifacts.${format}`
  try {
    const tree = await walkTree(source.path)
    const bytes = tree.entries.reduce((sum, entry) => sum + entry.size, 0)
    const blobName = `${config.uploadFolder}/${fileName}`
    return { tree, format, fileName, blobName, fetchedByScript: bytes > FILE_CUSTOMIZER_MAX_BYTES }
  } catch (error) {
    if (error instanceof ArtifactError)
      throw new InputError([{ input: 'customizer-source', message: error.message }])
    throw error
  }
}

/**
 * The archive as the template will point at it, before it exists: the checksum is a stand-in, so
 * the template is rendered and validated before anything is uploaded.
 */
export function provisionalArchive(config: Config, plan: ArtifactPlan): UploadedArchive {
  return {
    url: `https://storage.invalid/${config.storage?.container ?? ''}/${plan.blobName}`,
    sha256: '0'.repeat(64),
    bytes: plan.tree.entries.reduce((sum, entry) => sum + entry.size, 0),
    format: plan.format,
    fetchedByScript: plan.fetchedByScript,
    fileName: plan.fileName,
    ...(config.storage?.access === 'identity' ? { identityId: config.identityId } : {}),
  }
}
