// A template file's own customizers and validators that download a script or file: without
// `sha256Checksum` the build runs whatever the URL serves on the day. The action's own uploads
// always carry their checksum and are not in the file, so only what the user wrote is looked at.
import type { InputNotice } from '../model/errors.ts'
import {
  formatPath,
  formatProblem,
  isRecord,
  records,
  type JsonPath,
} from '../model/template-problem.ts'
import type { TemplateFileInput } from './template-input.ts'

/** The field that holds each step type's download; the service checks it against sha256Checksum. */
const URI_FIELD: Readonly<Record<string, string>> = {
  Shell: 'scriptUri',
  PowerShell: 'scriptUri',
  File: 'sourceUri',
}

/** One warning per downloaded step of the template file that no checksum pins. */
export function unpinnedDownloads(file: TemplateFileInput): InputNotice[] {
  const { properties, locate } = file.loaded
  const validate = isRecord(properties.validate) ? properties.validate : {}
  const lists: [JsonPath, Record<string, unknown>[]][] = [
    [['properties', 'customize'], records(properties.customize)],
    [['properties', 'validate', 'inVMValidations'], records(validate.inVMValidations)],
  ]
  const notices: InputNotice[] = []
  for (const [listPath, steps] of lists)
    steps.forEach((step, i) => {
      const type = String(step.type)
      const field = URI_FIELD[type]
      const uri = field === undefined ? undefined : step[field]
      if (typeof uri !== 'string' || uri === '' || hasChecksum(step)) return
      const path = formatPath([...listPath, i])
      const position = locate(path)
      const name = typeof step.name === 'string' && step.name !== '' ? `"${step.name}" ` : ''
      const message = `(${name}${type}) ${field} ${withoutQuery(uri)} has no sha256Checksum: nothing pins what the build downloads; add the file's SHA-256`
      notices.push({
        level: 'warning',
        input: 'template',
        message: formatProblem(file.relPath, { path, message, ...position }),
        ...(position ? { at: { file: file.relPath, ...position } } : {}),
      })
    })
  return notices
}

const hasChecksum = (step: Record<string, unknown>): boolean =>
  typeof step.sha256Checksum === 'string' && step.sha256Checksum.trim() !== ''

/** The URL without its query: a SAS token there is a secret. */
function withoutQuery(uri: string): string {
  const at = uri.search(/[?#]/)
  return at === -1 ? uri : `${uri.slice(0, at)}?…`
}
