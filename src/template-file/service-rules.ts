// Rules the image builder service enforces that the swagger schema does not express.
import type { OsType } from '../model/types.ts'
import {
  formatPath,
  isRecord,
  records as steps,
  type JsonPath,
  type TemplateProblem,
} from '../model/template-problem.ts'

type Step = Record<string, unknown>

const LINUX_ONLY = new Set(['Shell'])
const WINDOWS_ONLY = new Set(['PowerShell', 'WindowsRestart', 'WindowsUpdate'])
const SHA256 = /^[0-9a-fA-F]{64}$/
const PLATFORM_VERSION = /^(latest|\d+(\.\d+)*)$/

/** Problems of `properties` (wire shape) against the service's own rules. */
export function serviceProblems(
  properties: Record<string, unknown>,
  osType?: OsType,
): TemplateProblem[] {
  const problems: TemplateProblem[] = []
  const add = (path: JsonPath, message: string): void => {
    problems.push({ path: formatPath(path), message })
  }
  const customize = steps(properties.customize)
  const validate = isRecord(properties.validate) ? properties.validate : {}
  const validators = steps(validate.inVMValidations)
  const stepLists: [JsonPath, Step[]][] = [
    [['properties', 'customize'], customize],
    [['properties', 'validate', 'inVMValidations'], validators],
  ]
  for (const [path, list] of stepLists) {
    checkUnique(list, 'name', path, add)
    list.forEach((step, i) => checkStep(step, [...path, i], osType, add))
  }
  checkDistribute(properties.distribute, add)
  checkSource(properties.source, add)
  checkWorkload(properties.optimize, add)
  return problems
}

type Add = (path: JsonPath, message: string) => void

function checkUnique(list: Step[], key: string, path: JsonPath, add: Add): void {
  const first = new Map<string, number>()
  list.forEach((step, i) => {
    const value = step[key]
    if (typeof value !== 'string' || value === '') return
    const earlier = first.get(value.toLowerCase())
    if (earlier === undefined) first.set(value.toLowerCase(), i)
    else add([...path, i, key], `'${value}' is already used by ${formatPath([...path, earlier])}`)
  })
}

function checkStep(step: Step, path: JsonPath, osType: OsType | undefined, add: Add): void {
  const type = String(step.type)
  checkOs(type, [...path, 'type'], osType, add)
  if (type === 'Shell' || type === 'PowerShell') {
    const hasScript = typeof step.scriptUri === 'string' && step.scriptUri !== ''
    const hasInline = Array.isArray(step.inline) && step.inline.length > 0
    if (hasScript === hasInline) add(path, 'needs exactly one of scriptUri or inline')
  }
  if (type === 'File') checkFile(step, path, osType, add)
  checkHttps(step, 'scriptUri', path, add)
  checkChecksum(step, path, add)
}

function checkOs(type: string, path: JsonPath, osType: OsType | undefined, add: Add): void {
  if (osType === 'windows' && LINUX_ONLY.has(type)) {
    add(path, `${type} does not run on a Windows image: use PowerShell`)
  }
  if (osType === 'linux' && WINDOWS_ONLY.has(type))
    add(path, `${type} does not run on a Linux image`)
}

function checkFile(step: Step, path: JsonPath, osType: OsType | undefined, add: Add): void {
  if (typeof step.sourceUri !== 'string' || step.sourceUri === '') {
    add([...path, 'sourceUri'], 'is required')
  }
  checkHttps(step, 'sourceUri', path, add)
  const destination = step.destination
  if (typeof destination !== 'string' || destination === '') {
    add([...path, 'destination'], 'is required')
    return
  }
  const problem = destinationProblem(destination, osType)
  if (problem !== undefined) add([...path, 'destination'], `${problem}, got '${destination}'`)
}

/** What is wrong with a File destination for the OS (either OS when unknown), if anything. */
function destinationProblem(destination: string, osType: OsType | undefined): string | undefined {
  const isLinuxPath = destination.startsWith('/')
  const isWindowsPath = /^[A-Za-z]:[\\/]/.test(destination)
  if (osType === 'windows' && !isWindowsPath) {
    return 'must be an absolute Windows path such as C:\\temp\\file'
  }
  if (osType === 'linux' && !isLinuxPath) return 'must be an absolute Linux path under /tmp/'
  if (!isLinuxPath && !isWindowsPath) return 'must be an absolute path'
  // The File customizer uploads as the unprivileged build user: on Linux only /tmp is writable.
  if (isLinuxPath && !destination.startsWith('/tmp/')) {
    return 'on Linux the File customizer can only write below /tmp/'
  }
  return undefined
}

function checkHttps(step: Step, key: string, path: JsonPath, add: Add): void {
  const value = step[key]
  if (typeof value === 'string' && value !== '' && !/^https:\/\//i.test(value)) {
    add([...path, key], `must be an https:// URI, got '${value}'`)
  }
}

function checkChecksum(step: Step, path: JsonPath, add: Add): void {
  const value = step.sha256Checksum
  if (typeof value === 'string' && value !== '' && !SHA256.test(value)) {
    add([...path, 'sha256Checksum'], 'must be 64 hexadecimal characters (a SHA-256 digest)')
  }
}

function checkDistribute(value: unknown, add: Add): void {
  const path = ['properties', 'distribute']
  const targets = steps(value)
  if (Array.isArray(value) && value.length === 0)
    add(path, 'needs at least one distribution target')
  checkUnique(targets, 'runOutputName', path, add)
  targets.forEach((target, i) => {
    if (target.replicationRegions !== undefined && target.targetRegions !== undefined) {
      add([...path, i, 'replicationRegions'], 'cannot be combined with targetRegions')
    }
  })
}

function checkSource(source: unknown, add: Add): void {
  if (!isRecord(source) || source.type !== 'PlatformImage' || typeof source.version !== 'string')
    return
  if (!PLATFORM_VERSION.test(source.version)) {
    add(
      ['properties', 'source', 'version'],
      `must be 'latest' or a version like 1.2.3, got '${source.version}'`,
    )
  }
}

function checkWorkload(optimize: unknown, add: Add): void {
  const workload = isRecord(optimize) && isRecord(optimize.workload) ? optimize.workload : undefined
  if (!workload) return
  const path = ['properties', 'optimize', 'workload']
  checkHttps(workload, 'scriptUri', path, add)
  checkChecksum(workload, path, add)
}
