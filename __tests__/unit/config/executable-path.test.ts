import { describe, expect, it } from '@jest/globals'
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { findExecutable } from '../../../src/config/executable-path.ts'

const root = mkdtempSync(path.join(tmpdir(), 'aib-path-'))
const dir = (name: string): string => {
  const full = path.join(root, name)
  mkdirSync(full, { recursive: true })
  return full
}
const program = (folder: string, name: string, mode = 0o755): string => {
  const file = path.join(folder, name)
  writeFileSync(file, '#!/bin/sh\nexit 0\n')
  chmodSync(file, mode)
  return file
}

describe('findExecutable', () => {
  const first = dir('first')
  const second = dir('second')
  const notExecutable = program(first, 'tool', 0o644)
  const found = program(second, 'tool')
  mkdirSync(path.join(first, 'shell'))
  const shell = program(second, 'shell')

  it('takes the first executable file in PATH order, skipping one without the x bit', () => {
    expect(notExecutable).not.toBe(found)
    expect(findExecutable('tool', `${first}:${second}`, 'linux')).toBe(found)
  })

  it('skips a directory of the same name', () => {
    expect(findExecutable('shell', `${first}:${second}`, 'linux')).toBe(shell)
  })

  it('never looks in the current directory (empty or relative PATH entries)', () => {
    const cwd = process.cwd()
    process.chdir(second)
    try {
      expect(findExecutable('tool', `::.:second`, 'linux')).toBeUndefined()
    } finally {
      process.chdir(cwd)
    }
  })

  it('gives undefined for a program that is nowhere, or a PATH entry that is a file', () => {
    expect(findExecutable('no-such-tool', `${first}:${second}`, 'linux')).toBeUndefined()
    expect(findExecutable('tool', found, 'linux')).toBeUndefined()
    expect(findExecutable('tool', '', 'linux')).toBeUndefined()
  })
})
