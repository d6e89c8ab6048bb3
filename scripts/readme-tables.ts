// The README's input and output tables are generated from action.yml, so they cannot drift.
//
//   node scripts/readme-tables.ts           rewrite the tables in README.md (npm run docs)
//   node scripts/readme-tables.ts --check   exit 1 if README.md differs from what it would be
//
// A table lives between `<!-- inputs:start -->` and `<!-- inputs:end -->` (`outputs` likewise).
// The default column shows an input's `default:`, else the text of a last description line
// `Default: …` (action.yml allows no custom keys), else "—". The whole README then goes through
// Prettier with the repository's config, so `prettier --check README.md` agrees with it.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import * as prettier from 'prettier'
import { parse } from 'yaml'

export interface ActionInput {
  description: string
  default?: string
}

export interface ActionOutput {
  description: string
}

export interface ActionMetadata {
  inputs: Record<string, ActionInput>
  outputs: Record<string, ActionOutput>
}

export const TABLES = ['inputs', 'outputs'] as const
export type TableName = (typeof TABLES)[number]

const ROOT = path.resolve(import.meta.dirname, '..')
export const README_PATH = path.join(ROOT, 'README.md')
export const ACTION_PATH = path.join(ROOT, 'action.yml')

const NO_DEFAULT = '—'

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The `name: { description, default? }` map under `key`, checked. */
function entries(document: Record<string, unknown>, key: string): Record<string, ActionInput> {
  const section = document[key]
  if (!isRecord(section)) throw new Error(`action.yml: \`${key}\` must be a mapping`)
  const result: Record<string, ActionInput> = {}
  for (const [name, entry] of Object.entries(section)) {
    if (!isRecord(entry) || typeof entry.description !== 'string')
      throw new Error(`action.yml: ${key}.${name} needs a description`)
    result[name] = { description: entry.description, ...scalarDefault(`${key}.${name}`, entry) }
  }
  return result
}

/** `default:` as the runner passes it (a string), when there is one. */
function scalarDefault(where: string, entry: Record<string, unknown>): { default?: string } {
  const value = entry.default
  if (value === undefined) return {}
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return { default: String(value) }
  throw new Error(`action.yml: ${where}.default must be a scalar`)
}

/** The inputs and outputs of action.yml's text. */
export function parseActionMetadata(text: string): ActionMetadata {
  const document: unknown = parse(text)
  if (!isRecord(document)) throw new Error('action.yml: expected a mapping')
  return { inputs: entries(document, 'inputs'), outputs: entries(document, 'outputs') }
}

/** One table cell: newlines collapsed to spaces, `|` escaped; backticks and links kept. */
export function cell(text: string): string {
  return text
    .trim()
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
}

/**
 * A description split into its text and the `Default: …` last line, when there is one.
 * `Default:` anywhere else is refused: it would end up in the description column unnoticed
 * (in a folded `>-` scalar the line needs a blank line before it to stay a line of its own).
 */
export function splitDefault(
  name: string,
  description: string,
): { text: string; fallback?: string } {
  const lines = description.trimEnd().split('\n')
  const last = /^\s*Default:\s*(.+?)\s*$/.exec(lines.at(-1) ?? '')
  const text = (last ? lines.slice(0, -1) : lines).join('\n')
  if (/(^|\s)Default:/.test(text))
    throw new Error(`action.yml: ${name}: put "Default: …" alone on the description's last line`)
  return last?.[1] ? { text, fallback: last[1] } : { text }
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`
}

function table(header: string[], rows: string[][]): string {
  const rule = header.map(() => '---')
  return [row(header), row(rule), ...rows.map(row)].join('\n')
}

/** The default column of one input: its `default:`, else its `Default: …` line, else "—". */
function defaultCell(name: string, input: ActionInput, fallback: string | undefined): string {
  if (input.default !== undefined && fallback !== undefined)
    throw new Error(`action.yml: ${name} has both \`default:\` and a "Default: …" line`)
  if (input.default !== undefined && input.default !== '') return cell(`\`${input.default}\``)
  return fallback === undefined ? NO_DEFAULT : cell(fallback)
}

/** The `input | default | description` table, in action.yml's order. */
export function renderInputsTable(action: ActionMetadata): string {
  const rows = Object.entries(action.inputs).map(([name, input]) => {
    const { text, fallback } = splitDefault(name, input.description)
    return [`\`${name}\``, defaultCell(name, input, fallback), cell(text)]
  })
  return table(['input', 'default', 'description'], rows)
}

/** The `output | description` table, in action.yml's order. */
export function renderOutputsTable(action: ActionMetadata): string {
  const rows = Object.entries(action.outputs).map(([name, output]) => [
    `\`${name}\``,
    cell(output.description),
  ])
  return table(['output', 'description'], rows)
}

const markers = (name: TableName) => [`<!-- ${name}:start -->`, `<!-- ${name}:end -->`] as const

/** Where the text between a table's markers starts and ends; each marker must occur once. */
function blockBounds(readme: string, name: TableName): { from: number; to: number } {
  const [start, end] = markers(name)
  const from = readme.indexOf(start)
  const to = readme.indexOf(end)
  const once = (marker: string, at: number) => at >= 0 && readme.indexOf(marker, at + 1) < 0
  if (!once(start, from) || !once(end, to) || to < from)
    throw new Error(`README.md must contain ${start} … ${end} exactly once, in that order`)
  return { from: from + start.length, to }
}

/** The text between a table's markers. */
export function tableBlock(readme: string, name: TableName): string {
  const { from, to } = blockBounds(readme, name)
  return readme.slice(from, to)
}

/** README with the text between a table's markers replaced by `content`. */
export function replaceTable(readme: string, name: TableName, content: string): string {
  const { from, to } = blockBounds(readme, name)
  return `${readme.slice(0, from)}\n\n${content}\n\n${readme.slice(to)}`
}

/** README with both tables rendered from action.yml, before formatting. Pure. */
export function renderReadme(readme: string, actionText: string): string {
  const action = parseActionMetadata(actionText)
  const withInputs = replaceTable(readme, 'inputs', renderInputsTable(action))
  return replaceTable(withInputs, 'outputs', renderOutputsTable(action))
}

/** README as `npm run docs` writes it: tables rendered, then formatted like `prettier --write`. */
export async function generateReadme(
  readme: string,
  actionText: string,
  filepath: string = README_PATH,
): Promise<string> {
  const config = (await prettier.resolveConfig(filepath)) ?? {}
  return prettier.format(renderReadme(readme, actionText), {
    ...config,
    filepath,
    parser: 'markdown',
  })
}

/** What differs between the README as it is and as generated: table names, or 'formatting'. */
export function differences(current: string, generated: string): string[] {
  if (current === generated) return []
  const tables = TABLES.filter((name) => tableBlock(current, name) !== tableBlock(generated, name))
  return tables.length > 0 ? tables : ['formatting']
}

async function main(argv: readonly string[]): Promise<number> {
  const check = argv.includes('--check')
  const current = readFileSync(README_PATH, 'utf8')
  const generated = await generateReadme(current, readFileSync(ACTION_PATH, 'utf8'))
  const differing = differences(current, generated)
  if (check) {
    for (const what of differing)
      console.error(
        what === 'formatting'
          ? 'README.md: the tables match action.yml, but the file is not formatted as generated.'
          : `README.md: the ${what} table differs from action.yml.`,
      )
    if (differing.length > 0) console.error('Run `npm run docs` and commit README.md.')
    else console.log('README.md: the inputs and outputs tables match action.yml.')
    return differing.length > 0 ? 1 : 0
  }
  if (differing.length > 0) writeFileSync(README_PATH, generated)
  console.log(
    differing.length > 0
      ? `README.md: regenerated (${differing.join(', ')}).`
      : 'README.md: already up to date.',
  )
  return 0
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2))
