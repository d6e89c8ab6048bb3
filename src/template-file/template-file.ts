// Loads a user's template file: parse (JSONC) → find the imageTemplates resource → resolve
// placeholders and ARM expressions → migrate old API shapes → fix name case. Every problem of
// every step is collected and thrown at once, each with its JSON path and line/column.
import { parseJsonc, type Position } from './jsonc.ts'
import { migrateProperties } from './migrate.ts'
import { createVarLookup } from './placeholders.ts'
import { normalizeNames } from './property-names.ts'
import { splitEnvelope, subscriptionOfIdentity, type Envelope } from './resource-envelope.ts'
import { typeOfKey } from './swagger-model.ts'
import {
  findImageTemplate,
  type FoundResource,
  type TemplateFileKind,
} from './template-document.ts'
import {
  TemplateFileError,
  definedOnly,
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
}

/**
 * Parses and normalizes a template file.
 * @throws TemplateFileError listing every problem found, with file positions.
 */
export function loadTemplateFile(text: string, options: LoadOptions): LoadedTemplate {
  const document = parseJsonc(text)
  const fail = (problems: TemplateProblem[]): never => {
    throw new TemplateFileError(options.fileName, withPositions(problems, document.locate))
  }
  if (document.problems.length > 0) fail(document.problems)
  const result = findImageTemplate(document.value, options.vars, options.pick)
  if ('problems' in result) return fail(result.problems)
  const { found } = result
  const resolver = new ValueResolver({
    vars: options.vars,
    declarations: found.declarations,
    typeOfKey,
  })
  const resolved = resolver.resolve(found.value, found.path) as Record<string, unknown>
  const out = { problems: [...resolver.problems], notes: resolver.notes }
  const envelope = envelopeOf(found, resolved, out)
  const properties = normalizeProperties(envelope, found, options.vars, out)
  if (out.problems.length > 0) fail(out.problems)
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
