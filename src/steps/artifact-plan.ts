// Uploads through Blob Storage, the part before any request: the `customizer-source` tree is
// walked (and refused by name if it holds what cannot be packed), repository scripts too large to
// inline are picked, and every blob name is fixed.
import { ArtifactError, walkTree, type Tree } from '../artifacts/tree.ts'
import type { ArchiveFormat } from '../artifacts/pack.ts'
import { isInlined } from '../config/workspace-files.ts'
import type { Config } from '../config/types.ts'
import { InputError } from '../model/errors.ts'
import type { UploadedArchive, UploadedFiles, WorkspaceFile } from '../model/types.ts'
import { FILE_CUSTOMIZER_MAX_BYTES } from '../template/remote-artifacts.ts'

export interface ArchivePlan {
  readonly tree: Tree
  /** tar.gz keeps exec bits and links for Linux; zip is what Windows unpacks natively. */
  readonly format: ArchiveFormat
  /** Blob name below the container: the run's upload folder, then the archive's file name. */
  readonly blobName: string
  readonly fileName: string
  /** Sum of the tree's file sizes (the archive's own size is known once it is packed). */
  readonly treeBytes: number
  /** Decided from the tree's size, so the template keeps its shape from validation to submit. */
  readonly fetchedByScript: boolean
}

export interface ScriptUpload {
  readonly file: WorkspaceFile
  readonly blobName: string
}

export interface ArtifactPlan {
  readonly archive?: ArchivePlan
  readonly scripts: readonly ScriptUpload[]
}

/** What to upload; undefined when nothing is. @throws InputError naming `customizer-source` */
export async function planArtifacts(config: Config): Promise<ArtifactPlan | undefined> {
  if (!config.storage) return undefined
  const { customization: c, uploadFolder } = config
  const scripts = [...c.scripts, ...c.validators]
    .filter((file) => !isInlined(file))
    .map((file) => ({ file, blobName: `${uploadFolder}/scripts/${file.relPath}` }))
  const archive = c.artifactSource ? await planArchive(config, c.artifactSource.path) : undefined
  return archive || scripts.length > 0 ? { archive, scripts } : undefined
}

async function planArchive(config: Config, source: string): Promise<ArchivePlan> {
  const format: ArchiveFormat = config.osType === 'windows' ? 'zip' : 'tar.gz'
  const fileName = `${config.templateName}-artifacts.${format}`
  try {
    const tree = await walkTree(source)
    const treeBytes = tree.entries.reduce((sum, entry) => sum + entry.size, 0)
    const blobName = `${config.uploadFolder}/${fileName}`
    const fetchedByScript = treeBytes > FILE_CUSTOMIZER_MAX_BYTES
    return { tree, format, fileName, blobName, treeBytes, fetchedByScript }
  } catch (error) {
    if (error instanceof ArtifactError)
      throw new InputError([
        { input: 'customizer-source', message: error.message.replace(/^customizer-source: /, '') },
      ])
    throw error
  }
}

/**
 * The uploads as the template will point at them, before they exist: links and the archive's
 * checksum are stand-ins, so the template is rendered and validated before anything is written.
 */
export function provisionalUploads(config: Config, plan: ArtifactPlan): UploadedFiles {
  const where = (blobName: string) =>
    `https://storage.invalid/${config.storage?.container ?? ''}/${blobName}`
  const scripts = Object.fromEntries(plan.scripts.map((s) => [s.file.relPath, where(s.blobName)]))
  if (!plan.archive) return { scripts }
  const archive: UploadedArchive = {
    url: where(plan.archive.blobName),
    sha256: '0'.repeat(64),
    bytes: plan.archive.treeBytes,
    format: plan.archive.format,
    fetchedByScript: plan.archive.fetchedByScript,
    fileName: plan.archive.fileName,
    ...(config.storage?.access === 'identity' ? { identityId: config.identityId } : {}),
  }
  return { archive, scripts }
}
