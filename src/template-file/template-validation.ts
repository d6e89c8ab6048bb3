// validateTemplate: the 2025-10-01 schema plus the service's own rules, every problem at once.
import { idProblems } from './id-rules.ts'
import { schemaProblems } from './schema-validate.ts'
import type { OsType } from '../model/types.ts'
import { serviceProblems } from './service-rules.ts'
import { isRecord, type TemplateProblem } from '../model/template-problem.ts'

export type { OsType } from '../model/types.ts'

/** Checked parts of a template in wire shape (`properties` wrapping everything but the envelope). */
export interface TemplateToValidate {
  location?: string
  identity?: unknown
  tags?: Record<string, string>
  properties: Record<string, unknown>
}

/**
 * Problems of a final template: location, identity and properties against the 2025-10-01 schema,
 * then service rules (OS-specific ones only when `osType` is known) and the shape of every
 * resource id. [] when valid.
 */
export function validateTemplate(resource: TemplateToValidate, osType?: OsType): TemplateProblem[] {
  const problems = [...schemaProblems(resource), ...serviceProblems(resource.properties, osType)]
  problems.push(...identityProblems(resource.identity))
  problems.push(...idProblems(resource.identity, resource.properties))
  return problems
}

/** The service takes exactly one user-assigned identity (or type None with none). */
function identityProblems(identity: unknown): TemplateProblem[] {
  if (!isRecord(identity) || identity.type !== 'UserAssigned') return []
  const ids = isRecord(identity.userAssignedIdentities)
    ? Object.keys(identity.userAssignedIdentities)
    : []
  if (ids.length === 1) return []
  return [
    {
      path: 'identity.userAssignedIdentities',
      message: `must hold exactly one identity resource id, got ${ids.length}`,
    },
  ]
}
