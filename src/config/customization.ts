import { existsSync, lstatSync, realpathSync } from 'node:fs'
import path from 'node:path'
import type { IssueList } from './issues.ts'
import type { InputName } from '../model/names.ts'
import { lines } from '../model/text.ts'
import type { ArtifactSource, Customization, OsType, WorkspaceFile } from '../model/types.ts'
import {
  MAX_INLINE_TOTAL_BYTES,
  UPLOAD_LIMIT,
  filesBelow,
  isFolder,
  isInlined,
  resolveWorkspaceFiles,
  toPosix,
  totalBytes,
  type FileResult,
} from './workspace-files.ts'
import { scriptKind } from '../model/script-kind.ts'
import { followLink } from './workspace-walk.ts'

const DEFAULT_ARTIFACTS_DIR = 'workflow-artifacts'

/** Repo scripts, build artifacts and validators: resolved, read and size-checked here. */
export function parseCustomization(
  issues: IssueList,
  read: (name: InputName) => string,
  workspace: string,
  osType: OsType,
  templateName: string,
  uploads: boolean,
): Customization {
  // With uploads, scripts above the inline limit go to Blob Storage and run from scriptUri.
  const limit = uploads ? UPLOAD_LIMIT : undefined
  const fromList = (input: InputName): WorkspaceFile[] =>
    report(issues, input, resolveWorkspaceFiles(workspace, lines(read(input)), limit))
  const scripts = fromList('customizer-scripts')
  const validators = fromList('validator-scripts')
  checkScriptKinds(issues, 'customizer-scripts', scripts, osType, false)
  checkScriptKinds(issues, 'validator-scripts', validators, osType, true)
  const { artifacts, artifactRoot, artifactSource } = uploads
    ? locateArtifacts(issues, read('customizer-source').trim(), workspace)
    : parseArtifacts(issues, read('customizer-source').trim(), workspace)
  const destination =
    read('customizer-destination').trim() || defaultDestination(osType, templateName)
  if (osType === 'linux' ? !destination.startsWith('/') : !/^[A-Za-z]:\\/.test(destination)) {
    issues.add('customizer-destination', `"${destination}" must be an absolute ${osType} path`)
  }
  checkUploadedFiles(issues, scripts, { uploads, osType, destination })
  const inlined = totalBytes([...scripts, ...validators, ...artifacts].filter(isInlined))
  if (inlined > MAX_INLINE_TOTAL_BYTES) {
    issues.add(
      'customizer-scripts',
      `scripts, validators and artifacts total ${inlined} bytes; at most ${MAX_INLINE_TOTAL_BYTES} bytes can be inlined in one template (\`storage-account\` lifts the limit for artifacts)`,
    )
  }
  const windowsUpdate = issues.boolean('windows-update', read('windows-update'), false)
  if (windowsUpdate && osType !== 'windows') {
    issues.add('windows-update', 'only applies to Windows images (`os-type: windows`)')
  }
  const inlineScript = read('customizer-script').replace(/\r\n/g, '\n').trim()
  return {
    scripts,
    validators,
    artifacts,
    artifactRoot,
    ...(artifactSource ? { artifactSource } : {}),
    artifactDestination: destination,
    inlineScript,
    windowsUpdate,
  }
}

interface ArtifactParts {
  readonly artifacts: WorkspaceFile[]
  readonly artifactRoot: string
  readonly artifactSource?: ArtifactSource
}

function parseArtifacts(issues: IssueList, raw: string, workspace: string): ArtifactParts {
  const source = raw || DEFAULT_ARTIFACTS_DIR
  const base = realpathSync(workspace)
  const absolute = path.resolve(base, source)
  if (raw === '' && !existsSync(absolute)) return { artifacts: [], artifactRoot: '' }
  const artifacts = report(issues, 'customizer-source', filesBelow(workspace, source))
  // A single file lands directly in the destination; a directory keeps its layout below it.
  // Measured like the files' own paths (links not followed), so the two always share a prefix.
  const isDirectory = isFolder(absolute)
  const root = isDirectory ? absolute : path.dirname(absolute)
  const artifactRoot = toPosix(path.relative(base, root))
  return { artifacts, artifactRoot }
}

/**
 * With `storage-account`, the source is only located here: it is walked and packed as a stream
 * before the upload (steps/uploads.ts), so its size is not limited and nothing is read now.
 */
function locateArtifacts(issues: IssueList, raw: string, workspace: string): ArtifactParts {
  const none = { artifacts: [], artifactRoot: '' }
  const relPath = raw || DEFAULT_ARTIFACTS_DIR
  const base = realpathSync(workspace)
  const absolute = path.resolve(base, relPath)
  if (!existsSync(absolute)) {
    if (raw !== '') issues.add('customizer-source', `"${raw}" ${missingReason(absolute)}`)
    return none
  }
  if (path.relative(base, absolute).startsWith('..'))
    issues.add('customizer-source', `"${raw}" is outside the workspace`)
  return {
    ...none,
    artifactSource: { path: absolute, relPath: toPosix(path.relative(base, absolute)) },
  }
}

/** Why a path is not there: a link that cannot be followed says so. */
function missingReason(absolute: string): string {
  const link = lstatSync(absolute, { throwIfNoEntry: false })?.isSymbolicLink() === true
  const reason = link ? followLink(absolute) : undefined
  return typeof reason === 'string' ? reason : 'does not exist in the workspace'
}

/** An uploaded non-script goes through a File customizer, which on Linux writes below /tmp only. */
function checkUploadedFiles(
  issues: IssueList,
  scripts: WorkspaceFile[],
  where: { uploads: boolean; osType: OsType; destination: string },
) {
  if (!where.uploads || where.osType !== 'linux' || where.destination.startsWith('/tmp/')) return
  for (const file of scripts.filter((f) => !isInlined(f) && scriptKind(f.relPath) === 'file'))
    issues.add(
      'customizer-scripts',
      `"${file.relPath}" is above the inline limit and not a script: it would be delivered by a File customizer, which writes below /tmp only on Linux. Put it in \`customizer-source\` instead`,
    )
}

function report(issues: IssueList, input: InputName, result: FileResult): WorkspaceFile[] {
  for (const problem of result.problems) issues.add(input, problem)
  return result.files
}

function defaultDestination(osType: OsType, templateName: string): string {
  return osType === 'windows' ? `C:\\${templateName}` : `/tmp/${templateName}`
}

/** Shell customizers only run on Linux and PowerShell ones only on Windows; validators are scripts. */
function checkScriptKinds(
  issues: IssueList,
  input: InputName,
  files: WorkspaceFile[],
  osType: OsType,
  scriptsOnly: boolean,
): void {
  const wrong = osType === 'windows' ? 'shell' : 'powershell'
  for (const file of files) {
    const kind = scriptKind(file.relPath)
    if (kind === wrong) issues.add(input, `"${file.relPath}" cannot run on a ${osType} image`)
    else if (scriptsOnly && kind === 'file')
      issues.add(input, `"${file.relPath}" is not a .sh or .ps1 script`)
  }
}
