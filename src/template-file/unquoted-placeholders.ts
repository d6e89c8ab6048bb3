// Placeholders outside quotes: files rendered by Terraform's templatefile() (and the quickstart
// docs' `"buildTimeoutInMinutes": <minutes>`) are JSON only once filled, e.g.
// `"replicationRegions": ${replication_regions}`. Such a placeholder is replaced in the text by its
// template-var, which must then be a JSON value; everything inside strings is left to the value
// resolver (which inserts values as strings). Offsets of the filled text map back to the file, so
// positions stay those of the file.
import { scanOutsideStrings } from './file-text.ts'
import { placeholderAt, type VarLookup } from './placeholders.ts'
import type { TemplateProblem } from '../model/template-problem.ts'

export interface FilledText {
  text: string
  /** Offset in `text` → offset in the file. */
  toSource: (offset: number) => number
  /** Problems with file offsets (positions are added by the caller). */
  problems: (TemplateProblem & { offset: number })[]
  notes: string[]
}

interface Span {
  sourceStart: number
  sourceEnd: number
  start: number
  end: number
}

/** Fills placeholders that stand outside strings; returns the text unchanged when there are none. */
export function fillUnquotedPlaceholders(source: string, vars: VarLookup): FilledText {
  const spans: Span[] = []
  const out: FilledText = { text: '', toSource: (o) => o, problems: [], notes: [] }
  let text = ''
  let copied = 0
  scanOutsideStrings(source, (i, ch) => {
    if (ch === '%' && source[i + 1] === '{') out.problems.push(directiveProblem(i))
    if (ch !== '$' && ch !== '<') return undefined
    const placeholder = placeholderAt(source, i)
    if (!placeholder) return undefined
    const { written, name } = placeholder
    const value = jsonValueOf(name, written, i, vars, out) ?? 'null'
    text += source.slice(copied, i)
    const start = text.length
    text += value
    spans.push({ sourceStart: i, sourceEnd: i + written.length, start, end: text.length })
    copied = i + written.length
    return copied - 1
  })
  if (spans.length === 0) return { ...out, text: source }
  text += source.slice(copied)
  return { ...out, text, toSource: (offset) => sourceOffset(spans, offset) }
}

const directiveProblem = (offset: number) => ({
  path: '',
  offset,
  message:
    'Terraform template directives (%{ … }) are not supported: render the file with Terraform first, or use plain placeholders',
})

/** The var's value as compact JSON text, or undefined (with a problem) when there is none. */
function jsonValueOf(
  name: string,
  written: string,
  offset: number,
  vars: VarLookup,
  out: FilledText,
): string | undefined {
  const found = vars.get(name)
  if (!found) {
    out.problems.push({
      path: '',
      offset,
      message: `unresolved placeholder ${written} outside quotes: add it to template-vars (its value must be JSON there)`,
    })
    return undefined
  }
  try {
    const text = JSON.stringify(JSON.parse(found.value))
    out.notes.push(`${written} ← template-vars (outside quotes: inserted as JSON)`)
    return text
  } catch {
    out.problems.push({
      path: '',
      offset,
      message:
        `${written} stands outside quotes, so template-var ${found.name} must be a JSON value ` +
        `(a number, true/false, or an array or object such as ["eastus","westus"]), got '${found.value}'`,
    })
    return undefined
  }
}

function sourceOffset(spans: Span[], offset: number): number {
  let delta = 0
  for (const span of spans) {
    if (offset < span.start) break
    if (offset < span.end) return span.sourceStart
    delta = span.sourceEnd - span.end
  }
  return offset + delta
}
