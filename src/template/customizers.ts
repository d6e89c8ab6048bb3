import type {
  ImageTemplateCustomizerUnion,
  ImageTemplateInVMValidatorUnion,
} from '@azure/arm-imagebuilder'
import { createHash } from 'node:crypto'
import type {
  Customization,
  OsType,
  UploadedArchive,
  UploadedFiles,
  WorkspaceFile,
} from '../model/types.ts'
import { archiveSteps } from './remote-artifacts.ts'
import { totalBytes } from '../config/workspace-files.ts'
import { scriptKind } from '../model/script-kind.ts'
import {
  psQuote,
  psRunFile,
  psWriteFile,
  safeFileName,
  shQuote,
  shRunFile,
  shWriteFile,
  type InlineFile,
} from './inline-file.ts'

/** Where a customizer came from, for the log and the job summary. */
export interface CustomizerOrigin {
  readonly name: string
  readonly type: string
  readonly origin: string
  readonly bytes: number
  readonly sha256: string
}

export interface RenderedCustomization {
  readonly customize: ImageTemplateCustomizerUnion[]
  readonly validators: ImageTemplateInVMValidatorUnion[]
  readonly origins: CustomizerOrigin[]
}

const inline = (file: WorkspaceFile): InlineFile => ({ ...file, name: safeFileName(file.relPath) })

/**
 * Runs a script (or copies a non-script file) in the image's own shell: inlined, or from its
 * uploaded blob (`url`) with the service checking its sha256 before it runs.
 */
function scriptStep(file: WorkspaceFile, os: OsType, destination: string, url?: string) {
  if (url) return uploadedStep(file, os, destination, url)
  const name = file.relPath
  if (scriptKind(file.relPath) === 'file') {
    return copyStep(os, name, [{ file, target: fileTarget(file, os, destination) }])
  }
  return os === 'windows'
    ? {
        type: 'PowerShell' as const,
        name,
        inline: psRunFile(inline(file), `run ${name}`),
        runElevated: true,
      }
    : { type: 'Shell' as const, name, inline: shRunFile(inline(file), `run ${name}`) }
}

function uploadedStep(file: WorkspaceFile, os: OsType, destination: string, url: string) {
  const name = file.relPath
  const sha256Checksum = file.sha256
  const kind = scriptKind(file.relPath)
  if (kind === 'file') {
    const target = fileTarget(file, os, destination)
    return { type: 'File' as const, name, sourceUri: url, destination: target, sha256Checksum }
  }
  if (kind === 'powershell')
    return { type: 'PowerShell' as const, name, scriptUri: url, sha256Checksum, runElevated: true }
  return { type: 'Shell' as const, name, scriptUri: url, sha256Checksum }
}

/** Where a non-script file lands on the VM: in `customizer-destination`, under a safe name. */
const fileTarget = (file: WorkspaceFile, os: OsType, destination: string): string =>
  `${destination}${os === 'windows' ? '\\' : '/'}${safeFileName(file.relPath)}`

function copyStep(os: OsType, name: string, files: { file: WorkspaceFile; target: string }[]) {
  if (os === 'windows') {
    const lines = files.flatMap(({ file, target }) => psWriteFile(inline(file), psQuote(target)))
    return {
      type: 'PowerShell' as const,
      name,
      inline: ["$ErrorActionPreference = 'Stop'", ...lines],
    }
  }
  const lines = files.flatMap(({ file, target }) => shWriteFile(inline(file), shQuote(target)))
  return { type: 'Shell' as const, name, inline: lines }
}

/** Artifacts keep their layout below the source directory. */
function artifactTargets(c: Customization, os: OsType) {
  const separator = os === 'windows' ? '\\' : '/'
  const prefix = c.artifactRoot === '' ? '' : `${c.artifactRoot}/`
  return c.artifacts.map((file) => {
    const below = file.relPath.startsWith(prefix) ? file.relPath.slice(prefix.length) : file.relPath
    return {
      file,
      target: `${c.artifactDestination}${separator}${below.split('/').join(separator)}`,
    }
  })
}

function inlineScriptFile(text: string, os: OsType): WorkspaceFile {
  // Same semantics as a workflow `run:` step: bash -e with pipefail, or PowerShell stopping on error.
  const header =
    os === 'windows' ? "$ErrorActionPreference = 'Stop'\n" : '#!/bin/bash\nset -eo pipefail\n'
  const bytes = Buffer.from(`${header}${text}\n`, 'utf8')
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  return {
    relPath: os === 'windows' ? 'customizer-script.ps1' : 'customizer-script.sh',
    bytes,
    sha256,
  }
}

function windowsUpdateSteps(): ImageTemplateCustomizerUnion[] {
  return [
    {
      type: 'WindowsUpdate',
      name: 'windows-update',
      searchCriteria: 'IsInstalled=0',
      filters: ['exclude:$_.Title -like "*Preview*"', 'include:$true'],
      updateLimit: 40,
    },
    { type: 'WindowsRestart', name: 'windows-update-restart', restartTimeout: '15m' },
  ]
}

/**
 * Artifacts first (so scripts can use them), then the repo scripts in order, then the inline
 * script, then Windows Update. Validators go to `validate.inVMValidations`.
 */
export function renderCustomization(
  c: Customization,
  os: OsType,
  reserved: readonly { name?: string }[] = [],
  uploads?: UploadedFiles,
): RenderedCustomization {
  const archive = uploads?.archive
  const step = (file: WorkspaceFile) =>
    scriptStep(file, os, c.artifactDestination, uploads?.scripts[file.relPath])
  const customize: ImageTemplateCustomizerUnion[] = []
  const origins: CustomizerOrigin[] = []
  // One set for every name taken so far: thousands of steps stay linear.
  const taken = new Set(reserved.map((step) => step.name))
  const add = (
    step: ImageTemplateCustomizerUnion,
    origin: string,
    files: readonly WorkspaceFile[],
    uploaded?: UploadedArchive,
  ) => {
    const name = uniqueName(step.name ?? step.type, taken)
    taken.add(name)
    const named = marked({ ...step, name })
    customize.push(named)
    const described = describe(named, origin, files)
    origins.push(
      uploaded ? { ...described, bytes: uploaded.bytes, sha256: uploaded.sha256 } : described,
    )
  }
  for (const step of archive ? archiveSteps(archive, os, c.artifactDestination) : [])
    add(step, 'customizer-source', [], archive)
  if (c.artifacts.length > 0) {
    add(
      copyStep(os, 'workflow-artifacts', artifactTargets(c, os)),
      'customizer-source',
      c.artifacts,
    )
  }
  for (const file of c.scripts) add(step(file), 'customizer-scripts', [file])
  if (c.inlineScript !== '') {
    const file = inlineScriptFile(c.inlineScript, os)
    add(scriptStep(file, os, c.artifactDestination), 'customizer-script', [file])
  }
  if (c.windowsUpdate) for (const step of windowsUpdateSteps()) add(step, 'windows-update', [])
  const validators = c.validators.map((file) => marked(step(file)))
  validators.forEach((v, i) =>
    origins.push(describe(v, 'validator-scripts', c.validators.slice(i, i + 1))),
  )
  return { customize, validators, origins }
}

/**
 * Our inline steps say their name first: customization.log then tells which one failed even where
 * counting Packer's provisioners cannot (report/customization-log-scan.ts reads the marker).
 */
function marked<T extends { type: string; name?: string; inline?: string[] }>(step: T): T {
  if (!step.inline || !step.name) return step
  const line = `##[aib-step] ${step.name.replace(/[\r\n]/g, ' ')}`
  const say = step.type === 'PowerShell' ? `Write-Output ${psQuote(line)}` : `echo ${shQuote(line)}`
  return { ...step, inline: [say, ...step.inline] }
}

/** A repo file can share a name with a generated step (customizer-script.sh): number the later one. */
function uniqueName(name: string, taken: ReadonlySet<string | undefined>): string {
  let candidate = name
  for (let n = 2; taken.has(candidate); n++) candidate = `${name} (${n})`
  return candidate
}

function describe(
  step: { type: string; name?: string },
  origin: string,
  files: readonly WorkspaceFile[],
): CustomizerOrigin {
  const bytes = totalBytes(files)
  const sha256 = files.length === 1 ? files[0]!.sha256 : ''
  return { name: step.name ?? step.type, type: step.type, origin, bytes, sha256 }
}
