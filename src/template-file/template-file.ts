// Loads a user's template file: decode (UTF-8) → fill placeholders outside quotes → parse (JSONC)
// → find the imageTemplates resource → resolve placeholders and ARM expressions → migrate old API
// shapes → fix name case and types. Every problem of every step is collected and thrown at once,
// each with its JSON path and line/column.
import {
  MAX_EXPANDED_BYTES,
  MAX_NESTING_DEPTH,
  decodeTemplateBytes,
  exceedsSize,
  tooDeepAt,
} from './file-text.ts'
import { parseJsonc, positionsIn, type ParsedDocument, type Position } from './jsonc.ts'
import { migrateProperties } from './migrate.ts'
import { createVarLookup } from './placeholders.ts'
import { fillUnquotedPlaceholders } from './unquoted-placeholders.ts'
import type { DeploymentScope } from './arm-functions.ts'
import { normalizeNames } from './property-names.ts'
import {
  splitEnvelope,
  subscriptionOfIdentity,
  withoutArmOnly,
  type Envelope,
} from './resource-envelope.ts'
import { typeOfKey } from './swagger-model.ts'
import {
  findImageTemplate,
  type FoundResource,
  type TemplateFileKind,
} from './template-document.ts'
import {
  TemplateFileError,
  definedOnly,
  formatPath,
  type JsonPath,
  type TemplateProblem,
} from '../model/template-problem.ts'
import { ValueResolver } from './value-resolver.ts'

export { TemplateFileError, type TemplateProblem } from '../model/template-problem.ts'
export { validateTemplate, type OsType } from './template-validation.ts'

export interface LoadedTemplate {
  kind: TemplateFileKind
  /** Resource name when the file gives one (literal or resolved). */
  name?: string
  location?: string
  tags?: Record<string, string>
  identity?: { type: string; userAssignedIdentities?: Record<string, object> }
  /** Wire-shape properties, migrated to 2025-10-01 and case-fixed. */
  properties: Record<string, unknown>
  /** For the log: migrations done, names case-fixed, placeholders filled. */
  notes: string[]
  fileName: string
  /**
   * Line/column in the file of a resource-relative path such as `properties.customize[2].type`
   * (falls back to the nearest ancestor written in the file); use it for validateTemplate problems.
   */
  locate: (path: string) => Position | undefined
}

export interface LoadOptions {
  fileName: string
  /** template-vars: fill `<name>`, `${name}`, parameters('name') and variables('name'). */
  vars: Record<string, string>
  /** Name of the resource to use when a deployment template holds several. */
  pick?: string
  /** The action's subscription and resource group: resourceId(), subscription(), resourceGroup(). */
  deployment?: DeploymentScope
}

/**
 * Parses and normalizes a template file, given as its bytes (or as text already decoded).
 * @throws TemplateFileError listing every problem found, with file positions.
 */
export function loadTemplateFile(
  source: string | Uint8Array,
  options: LoadOptions,
): LoadedTemplate {
  const fail = (problems: TemplateProblem[]): never => {
    throw new TemplateFileError(options.fileName, problems)
  }
  // Text goes through the same decoding as bytes: one place drops a byte order mark.
  const decoded = decodeTemplateBytes(typeof source === 'string' ? Buffer.from(source) : source)
  if ('problems' in decoded) return fail(decoded.problems)
  const document = parseDocument(decoded.text, options.vars)
  const located = (problems: TemplateProblem[]) => fail(withPositions(problems, document.locate))
  if (document.problems.length > 0) return located(document.problems)
  const result = findImageTemplate(document.value, options)
  if ('problems' in result) return located(result.problems)
  const { found } = result
  const resolver = new ValueResolver({
    vars: options.vars,
    declarations: found.declarations,
    typeOfKey,
    ...(options.deployment ? { deployment: options.deployment } : {}),
  })
  const resolved = resolver.resolve(withoutArmOnly(found), found.path) as Record<string, unknown>
  const notes = [...decoded.notes, ...document.notes, ...(found.notes ?? [])]
  const out = { problems: [...resolver.problems], notes: [...notes, ...resolver.notes] }
  if (out.problems.length === 0 && exceedsSize(resolved)) return located([tooLarge(found.path)])
  const envelope = envelopeOf(found, resolved, out)
  const properties = normalizeProperties(envelope, found, options.vars, out)
  if (out.problems.length > 0) return located(out.problems)
  return {
    kind: found.kind,
    ...definedOnly({ name: envelope.name, location: envelope.location, tags: envelope.tags }),
    ...definedOnly({ identity: envelope.identity }),
    properties,
    notes: out.notes,
    fileName: options.fileName,
    locate: (path) => document.locate(fileRelative(found, path)),
  }
}

/**
 * Placeholders outside quotes filled (Terraform template files), nesting bounded, then JSONC.
 * Positions are always those of the file as written.
 */
function parseDocument(
  text: string,
  vars: Record<string, string>,
): ParsedDocument & { notes: string[] } {
  const filled = fillUnquotedPlaceholders(text, createVarLookup(vars))
  // Lines are counted once, in the file as written; the filled text's offsets map back to it.
  const inFile = positionsIn(text)
  const toPosition = (offset: number) => inFile(filled.toSource(offset))
  const early = filled.problems.map(({ offset, ...p }) => ({ ...p, ...inFile(offset) }))
  const deep = tooDeepAt(filled.text)
  if (deep !== undefined) {
    early.push({
      path: '',
      message: `nested more than ${MAX_NESTING_DEPTH} levels deep ({ and [): the action reads templates up to that depth`,
      ...toPosition(deep),
    })
  }
  if (early.length > 0)
    return { value: undefined, problems: early, locate: () => undefined, notes: [] }
  const document = parseJsonc(filled.text, toPosition)
  return { ...document, notes: filled.notes }
}

function tooLarge(path: JsonPath): TemplateProblem {
  const mib = MAX_EXPANDED_BYTES / 1024 / 1024
  return {
    path: formatPath(path),
    message: `expands to more than ${mib} MiB once parameters, variables and placeholders are filled in: more than ARM accepts in one request`,
  }
}

interface Output {
  problems: TemplateProblem[]
  notes: string[]
}

function envelopeOf(
  found: FoundResource,
  resolved: Record<string, unknown>,
  out: Output,
): Envelope {
  return found.kind === 'properties'
    ? { properties: resolved }
    : splitEnvelope(resolved, found.path, out)
}

function normalizeProperties(
  envelope: Envelope,
  found: FoundResource,
  vars: Record<string, string>,
  out: Output,
): Record<string, unknown> {
  if (!envelope.properties) return {}
  const path: JsonPath = found.kind === 'properties' ? found.path : [...found.path, 'properties']
  const subscriptionId =
    createVarLookup(vars).get('subscriptionId')?.value ?? subscriptionOfIdentity(envelope.identity)
  const migrated = migrateProperties(envelope.properties, { ...out, path, subscriptionId })
  return normalizeNames(migrated, 'ImageTemplateProperties', path, out) as Record<string, unknown>
}

/** `properties.x` (resource-relative) → the path of the same member in the file. */
function fileRelative(found: FoundResource, path: string): string {
  if (found.kind === 'properties') return path.replace(/^properties(\.|(?=\[)|$)/, '')
  const prefix = found.path.length === 0 ? '' : `resources[${String(found.path[1])}]`
  if (prefix === '') return path
  return path.startsWith('[') || path === '' ? `${prefix}${path}` : `${prefix}.${path}`
}

function withPositions(
  problems: TemplateProblem[],
  locate: (path: string) => Position | undefined,
): TemplateProblem[] {
  const located = problems.map((p) => (p.line === undefined ? { ...p, ...locate(p.path) } : p))
  // In file order, so the list reads top to bottom; problems without a position come first.
  return located.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
}
