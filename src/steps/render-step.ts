// Rendering the template from the config, checked before anything is sent: main does it before
// sign-in, and a real run again when the source image says another OS than was assumed.
import type { Config } from '../config/types.ts'
import { InputError } from '../model/errors.ts'
import { formatProblem, locationOf } from '../model/template-problem.ts'
import type { UploadedFiles } from '../model/types.ts'
import { writeRenderedTemplate } from '../report/publish.ts'
import type { ActionIO } from '../runner/io.ts'
import { renderTemplate, toResourceJson, type RenderedTemplate } from '../template/render.ts'
import { requestSizeProblem } from '../template/request-size.ts'
import { validateTemplate, type TemplateProblem } from '../template-file/template-file.ts'
import type { TemplateToValidate } from '../template-file/template-validation.ts'

export interface RenderStep {
  readonly rendered: RenderedTemplate
  /** The rendered template file's JSON. */
  readonly json: string
}

interface Sized {
  readonly rendered: RenderedTemplate
  readonly resource: ReturnType<typeof toResourceJson>
  /** The rendered template file and its JSON. */
  readonly file: string
  readonly json: string
}

/**
 * Renders the template and writes the rendered template file, then measures the body against
 * ARM's 4 MiB request limit before anything is sent. Also after the upload: real links are longer.
 */
export function renderSized(io: ActionIO, config: Config, uploads?: UploadedFiles): Sized {
  const rendered = renderTemplate(config, uploads)
  const resource = toResourceJson(config.templateName, rendered.template)
  const written = writeRenderedTemplate(io, config, resource)
  const tooBig = requestSizeProblem(resource, rendered.origins)
  if (tooBig) throw new InputError([tooBig])
  return { rendered, resource, ...written }
}

/** Renders, writes and validates the template: a problem here stops the run before any request. */
export function renderStep(io: ActionIO, config: Config, uploads?: UploadedFiles): RenderStep {
  const { rendered, resource, file, json } = renderSized(io, config, uploads)
  io.info(`Rendered ${config.osType} image template "${config.templateName}" to ${file}`)
  for (const note of rendered.notes) io.info(`  ${note}`)
  checkRendered(config, resource)
  const archive = uploads?.archive
  for (const o of rendered.origins) {
    // The archive's checksum and size exist only once it is packed: the upload logs them.
    const pending = archive !== undefined && o.origin === 'customizer-source'
    const what = pending
      ? `${archive.bytes} bytes in the tree, uploaded after sign-in`
      : `${o.bytes} bytes`
    const hash = o.sha256 && !pending ? `, sha256 ${o.sha256}` : ''
    io.info(`  customizer ${o.name} (${o.type}) from ${o.origin}: ${what}${hash}`)
  }
  return { rendered, json }
}

function checkRendered(config: Config, resource: TemplateToValidate): void {
  const problems = validateTemplate(resource, config.osType)
  if (problems.length === 0) return
  const file = config.templateFile
  const fileName = file?.relPath ?? 'rendered template'
  const where = (p: TemplateProblem) => ({ ...p, ...file?.loaded.locate(p.path) })
  throw new InputError(
    problems.map(where).map((p) => ({
      input: 'template',
      message: formatProblem(fileName, p),
      at: file && locationOf(file.relPath, p),
    })),
  )
}
