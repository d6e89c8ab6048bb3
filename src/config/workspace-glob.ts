// Newline lists of workspace paths and globs (`customizer-scripts`, `validator-scripts`) with the
// pattern rules of @actions/glob (minimatch, as @actions/glob itself uses): `*`, `?`, `[…]`, `**`;
// names starting with `.` match; no brace or extglob expansion; case-insensitive on Windows;
// `!` turns a line into an exclusion (`!!` back into an inclusion). Patterns are relative to the
// workspace. Two choices of our own, since each file becomes one step: a pattern matches files
// (a directory it names is refused with a hint), and the order is the order of the lines.
import { lstatSync } from 'node:fs'
import path from 'node:path'
import { Minimatch } from 'minimatch'
import {
  CONTROL_NAME,
  hasControlCharacter,
  specialKind,
  WALK_BOUNDS,
  type WalkBounds,
} from '../model/file-entries.ts'
import { collectFiles, entryProblem, followLink, safeRealpath } from './workspace-walk.ts'

/** The files the lines select, in order (absolute paths), and what is wrong, one line each. */
export interface Selection {
  readonly files: string[]
  readonly problems: string[]
}

interface Line {
  readonly text: string
  readonly negate: boolean
  /** The pattern relative to the workspace, with forward slashes. */
  readonly pattern: string
}

const GLOB = /[*?[]/

const MATCH_OPTIONS = {
  dot: true,
  nobrace: true,
  noext: true,
  nocomment: true,
  nonegate: true,
  nocase: process.platform === 'win32',
}

/**
 * Selects files line by line: an inclusion adds the files it matches (a glob's sorted by path)
 * that are not selected yet; an exclusion removes the selected files it matches, or that lie
 * below a folder it matches. A file excluded and matched again later comes back at that place.
 */
export function selectFiles(
  root: string,
  lines: readonly string[],
  bounds: WalkBounds = WALK_BOUNDS,
): Selection {
  const selected = new Map<string, string>()
  const problems: string[] = []
  const counter = { entries: 0 }
  for (const text of lines) {
    const line = parseLine(root, text)
    if (typeof line === 'string') problems.push(line)
    else if (line.negate) exclude(selected, line)
    else {
      const found = include(root, line, bounds, counter)
      problems.push(...found.problems)
      for (const [rel, absolute] of found.files) if (!selected.has(rel)) selected.set(rel, absolute)
    }
  }
  return { files: [...selected.values()], problems }
}

function parseLine(root: string, text: string): Line | string {
  let negate = false
  let rest = text.trim()
  while (rest.startsWith('!')) {
    negate = !negate
    rest = rest.slice(1).trim()
  }
  if (process.platform === 'win32') rest = rest.replaceAll('\\', '/')
  if (path.isAbsolute(rest)) {
    const inside = path.relative(root, rest).split(path.sep).join('/')
    if (inside.startsWith('..') || path.isAbsolute(inside))
      return `"${text}" is outside the workspace`
    rest = inside
  }
  const pattern = rest.replace(/^(\.\/)+/, '').replace(/\/+$/, '')
  if (pattern === '' || pattern === '.')
    return `"${text}" names the whole workspace: name files or a glob`
  if (GLOB.test(pattern) && pattern.split('/').includes('..'))
    return `"${text}": a glob may not climb out with ..`
  return { text, negate, pattern }
}

/** Drops the selected files the exclusion matches, or that lie below a folder it matches. */
function exclude(selected: Map<string, string>, line: Line): void {
  const matcher = new Minimatch(line.pattern, MATCH_OPTIONS)
  for (const rel of [...selected.keys()]) {
    const parts = rel.split('/')
    const hit = parts.some((_, i) => matcher.match(parts.slice(0, i + 1).join('/')))
    if (hit) selected.delete(rel)
  }
}

interface Found {
  readonly files: [string, string][]
  readonly problems: string[]
}

function include(
  root: string,
  line: Line,
  bounds: WalkBounds,
  counter: { entries: number },
): Found {
  const found = GLOB.test(line.pattern)
    ? includeGlob(root, line, bounds, counter)
    : includePath(root, line)
  if (found.files.length === 0 && found.problems.length === 0)
    return { files: [], problems: [`"${line.text}" matches no file in the workspace`] }
  return found
}

/** A path without glob characters: the file itself (links followed), refused by name otherwise. */
function includePath(root: string, line: Line): Found {
  const absolute = path.resolve(root, line.pattern)
  const rel = line.pattern
  const info = lstatOf(absolute)
  if (!info) return { files: [], problems: [] }
  const refuse = (reason: string): Found => ({ files: [], problems: [entryProblem(rel, reason)] })
  if (hasControlCharacter(rel)) return refuse(CONTROL_NAME)
  const target = info.isSymbolicLink() ? followLink(absolute) : info
  if (typeof target === 'string') return refuse(target)
  if (target.isFile()) return { files: [[rel, absolute]], problems: [] }
  if (target.isDirectory())
    return refuse(
      `is a folder: write ${rel}/* for the files in it, or ${rel}/** for every file below it`,
    )
  return refuse(`is ${info.isSymbolicLink() ? 'a symlink to ' : ''}${specialKind(target)}`)
}

function includeGlob(
  root: string,
  line: Line,
  bounds: WalkBounds,
  counter: { entries: number },
): Found {
  const matcher = new Minimatch(line.pattern, MATCH_OPTIONS)
  const literal: string[] = []
  for (const part of line.pattern.split('/')) {
    if (GLOB.test(part)) break
    literal.push(part)
  }
  const start = path.resolve(root, ...literal)
  const real = safeRealpath(start)
  if (!real || !lstatOf(real)?.isDirectory()) return { files: [], problems: [] }
  if (real !== root && !real.startsWith(root + path.sep))
    return {
      files: [],
      problems: [`"${line.text}": "${literal.join('/')}" leads outside the workspace`],
    }
  const found = collectFiles(
    {
      root,
      start,
      bounds,
      label: line.text,
      descend: (rel) => matcher.match(rel, true),
      wanted: (rel) => matcher.match(rel),
    },
    counter,
  )
  const files = found.files.map((file): [string, string] => [file.rel, file.absolute])
  return { files, problems: found.problems }
}

function lstatOf(absolute: string) {
  try {
    return lstatSync(absolute)
  } catch {
    return undefined
  }
}
