// What the steps of one build (submit, follow, finish) share, instead of long parameter lists.
import type { ImageTemplates, TemplateRef } from '../azure/image-templates.ts'
import type { Config } from '../config/types.ts'
import type { Limits } from '../model/limits.ts'
import type { ActionIO } from '../runner/io.ts'
import type { SaveState } from '../runner/state.ts'
import type { ActionClock } from '../runner/signals.ts'
import type { ImageTemplate } from '@azure/arm-imagebuilder'
import type { CustomizerOrigin } from '../template/customizers.ts'

/** Everything the steps of one build share. */
export interface BuildContext {
  readonly io: ActionIO
  readonly config: Config
  readonly templates: ImageTemplates
  readonly ref: TemplateRef
  readonly templateId: string
  readonly origins: readonly CustomizerOrigin[]
  readonly save: SaveState
  readonly limits: Limits
  /** A VHD target in the staging account: post will not delete the template (see cleanup.ts). */
  readonly keepsVhd: boolean
  /** The template as submitted (or adopted): what the summary says was built. */
  readonly template?: ImageTemplate
  readonly clock: ActionClock
}
