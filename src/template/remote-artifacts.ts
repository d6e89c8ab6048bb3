// Customizers that bring an uploaded `customizer-source` archive onto the build VM: verified by
// sha256 before anything is unpacked, then unpacked at `customizer-destination`.
import type { ImageTemplateCustomizerUnion } from '@azure/arm-imagebuilder'
import type { OsType, UploadedArchive } from '../model/types.ts'
import { psQuote, shQuote } from './inline-file.ts'

/**
 * The File customizer is meant for files under 20 MB (and on Linux may only write below /tmp);
 * larger archives are fetched by a script on the VM.
 */
export const FILE_CUSTOMIZER_MAX_BYTES = 20 * 1024 * 1024

/** IMDS, where a script on the build VM gets a token for the identity attached to the VM. */
const IMDS = 'http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01'
const STORAGE_RESOURCE = 'https%3A%2F%2Fstorage.azure.com%2F'
/** Storage REST version for token-authenticated reads. */
const STORAGE_VERSION = '2021-08-06'

/** The steps, in order: fetch (File or script), then verify and unpack. */
export function archiveSteps(
  archive: UploadedArchive,
  os: OsType,
  destination: string,
): ImageTemplateCustomizerUnion[] {
  return os === 'windows' ? windowsSteps(archive, destination) : linuxSteps(archive, destination)
}

/** Whether the archive is fetched by a script that needs the template identity on the VM. */
export function needsVmIdentity(archive: UploadedArchive): boolean {
  return archive.fetchedByScript && archive.identityId !== undefined
}

type ScriptStep = Extract<ImageTemplateCustomizerUnion, { type: 'Shell' | 'PowerShell' }>

/**
 * A small archive comes through the File customizer (the service checks its sha256 too); a large
 * one is fetched by the unpack step's own script, right after its prelude.
 */
function withFetch(
  archive: UploadedArchive,
  local: string,
  step: Omit<ScriptStep, 'inline'>,
  script: { prelude: string; fetch: string[]; unpack: string[] },
): ImageTemplateCustomizerUnion[] {
  const { prelude, fetch, unpack } = script
  if (archive.fetchedByScript) return [{ ...step, inline: [prelude, ...fetch, ...unpack] }]
  const download = {
    type: 'File' as const,
    name: 'workflow-artifacts (download)',
    sourceUri: archive.url,
    destination: local,
    sha256Checksum: archive.sha256,
  }
  return [download, { ...step, inline: [prelude, ...unpack] }]
}

/** IMDS token request for the template identity, attached to the build VM. */
const imdsUrl = (identityId: string): string =>
  `${IMDS}&resource=${STORAGE_RESOURCE}&msi_res_id=${encodeURIComponent(identityId)}`

function linuxSteps(archive: UploadedArchive, destination: string): ImageTemplateCustomizerUnion[] {
  const local = `/tmp/${archive.fileName}`
  return withFetch(
    archive,
    local,
    { type: 'Shell', name: 'workflow-artifacts' },
    {
      prelude: 'set -eu',
      fetch: shFetch(archive, local),
      unpack: [
        `echo ${shQuote(`${archive.sha256}  ${local}`)} | sha256sum -c -`,
        `sudo mkdir -p ${shQuote(destination)}`,
        `sudo tar -xzf ${shQuote(local)} -C ${shQuote(destination)} --no-same-owner`,
        `rm -f ${shQuote(local)}`,
      ],
    },
  )
}

/** curl with the SAS link, or with a token from IMDS for the template identity. */
function shFetch(archive: UploadedArchive, local: string): string[] {
  const get = `curl -fsS --retry 5 --retry-connrefused -o ${shQuote(local)}`
  if (!archive.identityId) return [`${get} ${shQuote(archive.url)}`]
  return [
    `token=$(curl -fsS -H Metadata:true ${shQuote(imdsUrl(archive.identityId))} | sed -E 's/.*"access_token":"([^"]+)".*/\\1/')`,
    `${get} -H "Authorization: Bearer $token" -H 'x-ms-version: ${STORAGE_VERSION}' ${shQuote(archive.url)}`,
  ]
}

function windowsSteps(
  archive: UploadedArchive,
  destination: string,
): ImageTemplateCustomizerUnion[] {
  const local = `C:\\Windows\\Temp\\${archive.fileName}`
  const step = { type: 'PowerShell' as const, name: 'workflow-artifacts', runElevated: true }
  return withFetch(archive, local, step, {
    prelude: "$ErrorActionPreference = 'Stop'",
    fetch: psFetch(archive, local),
    unpack: [
      `$hash = (Get-FileHash -Algorithm SHA256 -LiteralPath ${psQuote(local)}).Hash`,
      `if ($hash -ne ${psQuote(archive.sha256.toUpperCase())}) { throw "sha256 mismatch: $hash" }`,
      `New-Item -ItemType Directory -Force -Path ${psQuote(destination)} | Out-Null`,
      `Expand-Archive -LiteralPath ${psQuote(local)} -DestinationPath ${psQuote(destination)} -Force`,
      `Remove-Item -LiteralPath ${psQuote(local)}`,
    ],
  })
}

function psFetch(archive: UploadedArchive, local: string): string[] {
  const get = `Invoke-WebRequest -UseBasicParsing -OutFile ${psQuote(local)} -Uri ${psQuote(archive.url)}`
  if (!archive.identityId) return ["$ProgressPreference = 'SilentlyContinue'", get]
  return [
    "$ProgressPreference = 'SilentlyContinue'",
    `$token = (Invoke-RestMethod -Headers @{ Metadata = 'true' } -Uri ${psQuote(imdsUrl(archive.identityId))}).access_token`,
    `${get} -Headers @{ Authorization = "Bearer $token"; 'x-ms-version' = '${STORAGE_VERSION}' }`,
  ]
}
