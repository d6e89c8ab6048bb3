// One line of Image Builder's customization.log with the service's and Packer's prefixes peeled
// off. The service writes Packer's stdout as `PACKER OUT <text>` and Packer's own log as
// `PACKER ERR <date> <source>: <text>`, each optionally led by `[<operation id>] `; newer builds
// write `PACKER <date> ui: <text>` for both. Sources of the shapes:
// __tests__/fixtures/customization-logs/README.md.

/** A line of the log, its prefixes removed. */
export interface PackerLine {
  /** 'ui': what Packer shows users (`==> azure-arm: …`, script output); 'log': Packer's log. */
  readonly stream: 'ui' | 'log'
  /** HH:MM:SS of a log line, when it has one. */
  readonly time?: string
  /** The plugin a log line comes from, short: `shell`, `powershell`, `azure`, `windows-update`. */
  readonly source?: string
  readonly text: string
}

/** Longest part of a line any pattern looks at, so a huge line costs no more than a short one. */
const MATCH_CHARS = 4096

const OPERATION_ID = /^\[[^\]\s]{1,64}\] ?/
const PACKER_PREFIX = /^PACKER(?: (OUT|ERR))?(?: |$)/
const DATE = /^\d{4}\/\d\d\/\d\d (\d\d:\d\d:\d\d) /
const SOURCE =
  /^(?:packer-provisioner-([\w-]+)|packer-plugin-([\w-]+)|packer-builder-([\w-]+)|packer(?:-[\d.]+)?)(?: plugin)?: /
const UI_OF_LOG = /^ui(?: error)?: /

/** Peels the prefixes off one raw line. */
export function parsePackerLine(raw: string): PackerLine {
  const line = withoutControls(raw.length > MATCH_CHARS ? raw.slice(0, MATCH_CHARS) : raw)
  const rest = line.replace(OPERATION_ID, '')
  const packer = PACKER_PREFIX.exec(rest)
  if (!packer) return { stream: 'log', text: rest.trimEnd() }
  const body = rest.slice(packer[0].length)
  return packer[1] === 'OUT' ? { stream: 'ui', text: body.trimEnd() } : parseLogBody(body)
}

// Terminal escape sequences (colours, cursor moves) and every other control character but a tab
// are dropped: a CR would start a new line (and so a workflow command) in the runner's log, and
// none of them means anything in a job summary.
const ESCAPE_SEQUENCE =
  // eslint-disable-next-line no-control-regex
  /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-_]/g
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g

function withoutControls(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '')
}

// `2026/03/14 09:04:52 packer-provisioner-shell plugin: [INFO] …`, the source's own date repeated
// after it by some plugins; `PACKER <date> ui: …` is user output; a line without a date is a copy
// of user output Packer also wrote to stderr.
function parseLogBody(body: string): PackerLine {
  const date = DATE.exec(body)
  if (!date) return { stream: 'ui', text: body.trimEnd() }
  let text = body.slice(date[0].length)
  const ui = UI_OF_LOG.exec(text)
  if (ui) return { stream: 'ui', text: text.slice(ui[0].length).trimEnd() }
  const source = SOURCE.exec(text)
  let name: string | undefined
  if (source) {
    name = source[1] ?? source[2] ?? source[3]
    text = text.slice(source[0].length)
    const again = DATE.exec(text)
    if (again) text = text.slice(again[0].length)
  }
  return { stream: 'log', time: date[1], source: name, text: text.trimEnd() }
}

const BUILDER_NAME = String.raw`azure-arm(?:\.[\w-]+)?`
const UI_PREFIX = new RegExp(String.raw`^(==>|-->) ${BUILDER_NAME}:(?: |$)`)
const OUTPUT_PREFIX = new RegExp(String.raw`^ {4}${BUILDER_NAME}:(?: |$)`)

/** Packer's log chatter around every command: never what a user needs to see. */
const NOISE = [
  /^\[INFO\] \d+ bytes written for '/,
  /^\[INFO\] RPC (?:endpoint|client): /,
  /^\[DEBUG\] /,
  /^\[INFO\] \(telemetry\) ending /,
  /^Azure (?:request|response) /,
  /^(?:Opening|Uploading env vars to) \S+/,
  /^waiting for all plugin processes|: plugin process exited$/,
]

/** Whether a line is left out of excerpts. */
export function isNoise(line: PackerLine): boolean {
  if (line.stream === 'ui')
    return line.text.replace(UI_PREFIX, '').replace(OUTPUT_PREFIX, '').trim() === ''
  return line.text.trim() === '' || NOISE.some((pattern) => pattern.test(line.text))
}

/** Longest excerpt line, in characters. */
const EXCERPT_LINE_CHARS = 300

/**
 * The line as an excerpt shows it: `==> azure-arm: ` shortened to `==> `, script output indented,
 * log lines led by their time and source. Every line starts with `| ` so that no text from the
 * build VM can start a workflow command when it is printed to the job log.
 */
export function displayLine(line: PackerLine): string {
  const text =
    line.stream === 'ui'
      ? line.text.replace(UI_PREFIX, '$1 ').replace(OUTPUT_PREFIX, '    ')
      : [line.time, line.source && `${line.source}:`, line.text].filter(Boolean).join(' ')
  const short = text.length > EXCERPT_LINE_CHARS ? `${text.slice(0, EXCERPT_LINE_CHARS)}…` : text
  return `| ${short}`
}
