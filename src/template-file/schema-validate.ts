// Checks a template against the 2025-10-01 schema (built in schema-validate-schema.ts) with the
// validator Ajv generated at build time (schema/generate-validator.ts): no compile at run time.
import type { ErrorObject } from 'ajv'
import { formatPath, type TemplateProblem } from '../model/template-problem.ts'
import validate from './schema/template-validator.generated.js'

/** Schema problems of a template. */
export function schemaProblems(template: unknown): TemplateProblem[] {
  if (validate(template)) return []
  const problems = (validate.errors ?? []).flatMap(toProblem)
  const seen = new Set<string>()
  return problems.filter((p) => {
    const key = `${p.path}\n${p.message}`
    return seen.has(key) ? false : (seen.add(key), true)
  })
}

function toProblem(error: ErrorObject): TemplateProblem[] {
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s))
  const params = error.params as Record<string, unknown>
  switch (error.keyword) {
    case 'if':
      return [] // the `then` branch's own errors say what is wrong
    case 'required':
      return [
        { path: formatPath([...path, String(params.missingProperty)]), message: 'is required' },
      ]
    case 'additionalProperties':
      return [
        {
          path: formatPath([...path, String(params.additionalProperty)]),
          message: 'unknown property',
        },
      ]
    case 'enum':
      return [
        {
          path: formatPath(path),
          message: `must be one of ${(params.allowedValues as unknown[]).join(', ')}`,
        },
      ]
    default:
      return [{ path: formatPath(path), message: error.message ?? error.keyword }]
  }
}
