// ARM refuses a request body above 4 MiB. The rendered template is measured before the PUT, so
// a template that cannot be sent (thousands of small scripts, each carried inline with its
// checks) fails before any request, naming the input its size comes from.
// https://learn.microsoft.com/azure/azure-resource-manager/management/azure-subscription-service-limits
import type { InputProblem } from '../model/errors.ts'
import { INPUT_NAMES, type InputName } from '../model/names.ts'
import { MAX_EXPANDED_BYTES } from '../template-file/file-text.ts'
import type { CustomizerOrigin } from './customizers.ts'

/** The largest request body ARM accepts (the limit a template file's expansion is held to). */
export const MAX_REQUEST_BYTES = MAX_EXPANDED_BYTES

/** What the request body would hold: the rendered resource, `properties` wrapping the steps. */
type Body = object

/**
 * A problem when the body, as JSON, is larger than ARM accepts; it names the input whose
 * customizers or validators take the most of it (`template` when none do).
 */
export function requestSizeProblem(
  body: Body,
  origins: readonly CustomizerOrigin[],
): InputProblem | undefined {
  const bytes = jsonBytes(body)
  if (bytes <= MAX_REQUEST_BYTES) return undefined
  const shares = sharesByInput(body, origins)
  const [input, share] = [...shares].sort((a, b) => b[1].bytes - a[1].bytes)[0] ?? []
  const where = input && share ? blame(input, share) : ''
  return {
    input: input ?? 'template',
    message: `the rendered template is ${bytes} bytes (${mib(bytes)} MiB), more than the ${MAX_REQUEST_BYTES} bytes (4 MiB) ARM accepts in one request${where}. Use fewer, larger scripts, or \`storage-account\` so large files are uploaded instead of inlined`,
  }
}

function blame(input: InputName, share: Share): string {
  const what = input === 'validator-scripts' ? 'validators' : 'customizers'
  return `; ${share.count} ${what} from \`${input}\` take ${share.bytes} bytes of it`
}

interface Share {
  bytes: number
  count: number
}

/** The bytes of each named customizer and validator in the body, added up by their input. */
function sharesByInput(body: Body, origins: readonly CustomizerOrigin[]): Map<InputName, Share> {
  const inputOf = new Map(origins.map((o) => [o.name, inputNameOf(o.origin)]))
  const properties = ((body as { properties?: unknown }).properties ?? {}) as Record<
    string,
    unknown
  >
  const validate = (properties.validate ?? {}) as Record<string, unknown>
  const steps = [...listOf(properties.customize), ...listOf(validate.inVMValidations)]
  const shares = new Map<InputName, Share>()
  for (const step of steps) {
    const name = typeof step.name === 'string' ? step.name : ''
    const input = inputOf.get(name) ?? 'template'
    const share = shares.get(input) ?? { bytes: 0, count: 0 }
    shares.set(input, { bytes: share.bytes + jsonBytes(step), count: share.count + 1 })
  }
  return shares
}

/** `customizer-scripts`, or `template` for a step of the template file (`template x.json`). */
function inputNameOf(origin: string): InputName {
  return INPUT_NAMES.find((name) => name === origin) ?? 'template'
}

const listOf = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value) ? (value as Record<string, unknown>[]) : []

function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value) ?? '')
}

const mib = (bytes: number): string => (bytes / 1024 / 1024).toFixed(2)
