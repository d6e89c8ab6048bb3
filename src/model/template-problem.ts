// Problems found in a template file or template, named by JSON path and, when known, file position.
import type { SourceLocation } from './errors.ts'

/** One problem, e.g. `{ path: 'properties.customize[2].type', message: "unknown type 'shel'" }`. */
export interface TemplateProblem {
  path: string
  message: string
  line?: number
  column?: number
}

/** A JSON path as segments: object keys and array indexes. */
export type JsonPath = readonly (string | number)[]

const PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/

/** Segments → `properties.customize[2].type`; keys that are not plain names are quoted. */
export function formatPath(path: JsonPath): string {
  let text = ''
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`
    else if (PLAIN_KEY.test(segment)) text += text === '' ? segment : `.${segment}`
    else text += `[${JSON.stringify(segment)}]`
  }
  return text
}

/** `<file>:<line>:<col> <path>: <message>`, leaving out what is unknown. */
export function formatProblem(fileName: string, problem: TemplateProblem): string {
  const where =
    problem.line === undefined ? fileName : `${fileName}:${problem.line}:${problem.column ?? 1}`
  const path = problem.path === '' ? '' : ` ${problem.path}`
  return `${where}${path}: ${problem.message}`
}

/** The problem's place in the file, when the parser knows it (where its annotation points). */
export function locationOf(file: string, problem: TemplateProblem): SourceLocation | undefined {
  if (problem.line === undefined) return undefined
  return { file, line: problem.line, column: problem.column ?? 1 }
}

/** Every problem of a template file at once; `message` has one line per problem. */
export class TemplateFileError extends Error {
  readonly problems: TemplateProblem[]
  readonly fileName: string

  constructor(fileName: string, problems: TemplateProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`
    const lines = problems.map((p) => `- ${formatProblem(fileName, p)}`)
    super([`Template file ${fileName}: ${count}`, ...lines].join('\n'))
    this.name = 'TemplateFileError'
    this.problems = problems
    this.fileName = fileName
  }
}

/** Sets a key without ever touching the prototype (a key may come from the user's file or vars). */
export function setKey(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  })
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The objects of a JSON array (customizers, targets, ...); anything else gives none. */
export function records(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRecord) : []
}

/** The members that are set: undefined ones would show as noise in the JSON we write. */
export function definedOnly<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T
}

/** The key of `target` equal to `name` ignoring case (exact match first). */
export function findKey(target: Record<string, unknown>, name: string): string | undefined {
  if (Object.hasOwn(target, name)) return name
  const lower = name.toLowerCase()
  return Object.keys(target).find((k) => k.toLowerCase() === lower)
}
