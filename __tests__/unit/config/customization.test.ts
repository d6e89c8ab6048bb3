import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseCustomization } from '../../../src/config/customization.ts'
import { IssueList } from '../../../src/config/issues.ts'
import type { OsType } from '../../../src/model/types.ts'
import { MAX_INLINE_FILE_BYTES } from '../../../src/config/workspace-files.ts'
import { makeTempWorkspace, readerOf } from './temp-workspace.ts'

const parse = (
  workspace: string,
  values: Record<string, string>,
  os: OsType = 'linux',
  uploads = false,
) => {
  const issues = new IssueList()
  const read = readerOf(values)
  const customization = parseCustomization(issues, read, workspace, os, 'tpl-1', uploads)
  let message = ''
  try {
    issues.throwIfAny()
  } catch (e) {
    message = (e as Error).message
  }
  return { customization, message }
}

describe('parseCustomization: defaults', () => {
  it('has nothing to do in an empty workspace', () => {
    const { customization, message } = parse(makeTempWorkspace(), {})
    expect(message).toBe('')
    expect(customization).toEqual({
      scripts: [],
      validators: [],
      artifacts: [],
      artifactRoot: '',
      artifactDestination: '/tmp/tpl-1',
      inlineScript: '',
      windowsUpdate: false,
    })
  })

  it('lands artifacts in C:\\<template> on Windows', () => {
    expect(parse(makeTempWorkspace(), {}, 'windows').customization.artifactDestination).toBe(
      'C:\\tpl-1',
    )
  })

  it('picks up workflow-artifacts/ when it exists, keeping its layout', () => {
    const workspace = makeTempWorkspace({
      'workflow-artifacts/app.txt': 'app',
      'workflow-artifacts/conf/app.toml': 'k = 1\n',
    })
    const { customization, message } = parse(workspace, {})
    expect(message).toBe('')
    expect(customization.artifacts.map((f) => f.relPath)).toEqual([
      'workflow-artifacts/app.txt',
      'workflow-artifacts/conf/app.toml',
    ])
    expect(customization.artifactRoot).toBe('workflow-artifacts')
  })
})

describe('parseCustomization: customizer-source', () => {
  const workspace = makeTempWorkspace({
    'build/out/app.bin': Buffer.from([0, 1, 2]),
    'build/out/lib/x.so': 'x',
    'build/notes.txt': 'notes',
    'root.txt': 'root',
  })

  it('keeps a directory as the root of the layout', () => {
    const { customization } = parse(workspace, { 'customizer-source': 'build/out/' })
    expect(customization.artifacts.map((f) => f.relPath)).toEqual([
      'build/out/app.bin',
      'build/out/lib/x.so',
    ])
    expect(customization.artifactRoot).toBe('build/out')
  })

  it('roots a single file at its own directory so it lands directly in the destination', () => {
    const { customization } = parse(workspace, { 'customizer-source': 'build/notes.txt' })
    expect(customization.artifacts.map((f) => f.relPath)).toEqual(['build/notes.txt'])
    expect(customization.artifactRoot).toBe('build')
  })

  it('roots a file at the workspace top at ""', () => {
    expect(parse(workspace, { 'customizer-source': 'root.txt' }).customization.artifactRoot).toBe(
      '',
    )
  })

  it('reports a missing source', () => {
    expect(parse(workspace, { 'customizer-source': 'no-such-dir' }).message).toContain(
      '- `customizer-source`: "no-such-dir" matches no file in the workspace',
    )
  })

  it('takes a custom destination', () => {
    const { customization, message } = parse(workspace, { 'customizer-destination': ' /opt/app ' })
    expect(message).toBe('')
    expect(customization.artifactDestination).toBe('/opt/app')
  })

  it('keeps the layout of a symlinked source directory (link → real)', () => {
    const linked = makeTempWorkspace({ 'real/app.txt': 'app\n', 'real/conf/a.toml': 'a\n' })
    symlinkSync('real', path.join(linked, 'link'))
    const { customization, message } = parse(linked, { 'customizer-source': 'link' })
    expect(message).toBe('')
    expect(customization.artifactRoot).toBe('link')
    expect(customization.artifacts.map((f) => f.relPath)).toEqual([
      'link/app.txt',
      'link/conf/a.toml',
    ])
  })
})

describe('parseCustomization: limits and links', () => {
  it('refuses a script that is a symlink out of the workspace', () => {
    const workspace = makeTempWorkspace({ 'scripts/ok.sh': 'echo ok\n' })
    writeFileSync(path.join(workspace, '..', 'secret.sh'), 'echo secret\n')
    symlinkSync('../../secret.sh', path.join(workspace, 'scripts', 'evil.sh'))
    const { customization, message } = parse(workspace, { 'customizer-scripts': 'scripts/*.sh' })
    expect(message).toBe(
      '1 input is invalid:\n- `customizer-scripts`: "scripts/evil.sh" is outside the workspace',
    )
    expect(customization.scripts.map((f) => f.relPath)).toEqual(['scripts/ok.sh'])
  })

  it.each([
    ['a dangling symlink', 'customizer-source', 'art', '"art/gone.txt" is a dangling symlink'],
    ['a symlink loop', 'customizer-source', 'art', '"art/loop" is a symlink loop'],
    ['a FIFO', 'customizer-source', 'art', '"art/pipe" is a FIFO (named pipe)'],
    [
      'a newline in a name',
      'customizer-source',
      'art',
      '"art/new\\nline.txt" has a control character',
    ],
    [
      'a glob hitting a dangling symlink',
      'customizer-scripts',
      'art/*',
      '"art/gone.txt" is a dangling symlink',
    ],
    ['a glob hitting a FIFO', 'validator-scripts', 'art/p*', '"art/pipe" is a FIFO (named pipe)'],
    ['a path that is a loop', 'customizer-scripts', 'art/loop', '"art/loop" is a symlink loop'],
    [
      'a source that is a dangling link',
      'customizer-source',
      'art/gone.txt',
      '"art/gone.txt" is a dangling symlink',
    ],
  ])('refuses %s, naming %s instead of crashing', (_, input, value, problem) => {
    const workspace = makeTempWorkspace({ 'art/ok.txt': 'ok\n' })
    symlinkSync('missing.txt', path.join(workspace, 'art', 'gone.txt'))
    symlinkSync('loop', path.join(workspace, 'art', 'loop'))
    execFileSync('mkfifo', [path.join(workspace, 'art', 'pipe')])
    writeFileSync(path.join(workspace, 'art', 'new\nline.txt'), 'x')
    const { message } = parse(workspace, { [input]: value })
    expect(message).toMatch(/^(1 input is invalid|\d+ problems in 1 input):/)
    expect(message).toContain(`- \`${input}\`: ${problem}`)
  })

  it('refuses a file over 256 KiB', () => {
    const workspace = makeTempWorkspace({ 'big.sh': Buffer.alloc(MAX_INLINE_FILE_BYTES + 1, 0x61) })
    expect(parse(workspace, { 'customizer-scripts': 'big.sh' }).message).toContain(
      `- \`customizer-scripts\`: "big.sh" is ${MAX_INLINE_FILE_BYTES + 1} bytes; files larger than ${MAX_INLINE_FILE_BYTES} bytes cannot be inlined`,
    )
  })

  it('refuses more than 1 MiB in total across scripts, validators and artifacts', () => {
    const chunk = Buffer.alloc(MAX_INLINE_FILE_BYTES, 0x61)
    const workspace = makeTempWorkspace({
      's/1.sh': chunk,
      's/2.sh': chunk,
      'v/1.sh': chunk,
      'workflow-artifacts/a.bin': chunk,
      'workflow-artifacts/b.bin': Buffer.alloc(1),
    })
    const ok = parse(workspace, {
      'customizer-scripts': 's/1.sh\ns/2.sh',
      'validator-scripts': 'v/1.sh',
      'customizer-source': 'workflow-artifacts/a.bin',
    })
    expect(ok.message).toBe('')
    const { message } = parse(workspace, {
      'customizer-scripts': 's/*.sh',
      'validator-scripts': 'v/1.sh',
    })
    expect(message).toBe(
      `1 input is invalid:\n- \`customizer-scripts\`: scripts, validators and artifacts total ${4 * MAX_INLINE_FILE_BYTES + 1} bytes; at most ${1024 * 1024} bytes can be inlined in one template (\`storage-account\` lifts the limit for artifacts)`,
    )
  })

  it('rejects a windows-update value that is not a boolean', () => {
    expect(parse(makeTempWorkspace(), { 'windows-update': 'sure' }, 'windows').message).toContain(
      '- `windows-update`: expected true or false, got "sure"',
    )
  })
})

describe('parseCustomization: uploads (storage-account)', () => {
  it('says a source that is a dangling link or a loop is one', () => {
    const workspace = makeTempWorkspace()
    symlinkSync('gone', path.join(workspace, 'dangling'))
    symlinkSync('loop', path.join(workspace, 'loop'))
    const dangling = parse(workspace, { 'customizer-source': 'dangling' }, 'linux', true)
    expect(dangling.message).toContain(
      '- `customizer-source`: "dangling" is a dangling symlink (gone does not exist)',
    )
    const loop = parse(workspace, { 'customizer-source': 'loop' }, 'linux', true)
    expect(loop.message).toContain('- `customizer-source`: "loop" is a symlink loop')
  })

  const big = Buffer.alloc(MAX_INLINE_FILE_BYTES + 1, 0x61)
  const workspace = makeTempWorkspace({ 's/big.sh': big, 's/big.bin': big })
  const parseUploads = (values: Record<string, string>) => parse(workspace, values, 'linux', true)

  it('accepts a script above the inline limit, to upload', () => {
    const { customization, message } = parseUploads({ 'customizer-scripts': 's/big.sh' })
    expect(message).toBe('')
    expect(customization.scripts[0]?.bytes.length).toBe(MAX_INLINE_FILE_BYTES + 1)
  })

  it('refuses a large non-script headed outside /tmp on Linux, naming it', () => {
    const { message } = parseUploads({
      'customizer-scripts': 's/big.bin',
      'customizer-destination': '/opt/app',
    })
    expect(message).toContain(
      '`customizer-scripts`: "s/big.bin" is above the inline limit and not a script',
    )
    expect(parseUploads({ 'customizer-scripts': 's/big.bin' }).message).toBe('')
  })
})
