import { describe, expect, it } from '@jest/globals'
import { chmodSync, existsSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { findExecutable } from '../../../src/config/executable-path.ts'
import {
  batchByLength,
  checkShellScripts,
  parseDriverOutput,
  parseShellOutput,
} from '../../../src/config/shell-syntax.ts'
import { makeTempWorkspace } from './temp-workspace.ts'

const RS = '\u001e'
const PATH = process.env.PATH ?? ''
const bash = findExecutable('bash', PATH)
const sh = findExecutable('sh', PATH)
const dash = findExecutable('dash', PATH)

describe('parseShellOutput', () => {
  it('reads bash: the first error at its line, without the echoed source line', () => {
    const output = [
      "/dev/stdin: line 3: syntax error near unexpected token `fi'",
      "/dev/stdin: line 3: `fi fi'",
    ].join('\n')
    expect(parseShellOutput(output)).toEqual([
      { severity: 'error', line: 3, message: "syntax error near unexpected token `fi'" },
    ])
  })

  it('reads dash and busybox', () => {
    expect(parseShellOutput('/dev/stdin: 7: Syntax error: "fi" unexpected')).toEqual([
      { severity: 'error', line: 7, message: 'Syntax error: "fi" unexpected' },
    ])
    expect(
      parseShellOutput('sh: /dev/stdin: line 2: syntax error: unexpected "fi"\n')[0]?.line,
    ).toBe(2)
  })

  it('keeps only the first error (the shell stops there) but every warning', () => {
    const output = [
      '/dev/stdin: line 4: warning: here-document at line 2 delimited by end-of-file (wanted `EOF)',
      "/dev/stdin: line 1: unexpected EOF while looking for matching `''",
      '/dev/stdin: line 9: syntax error: unexpected end of file',
    ].join('\n')
    expect(parseShellOutput(output).map((f) => [f.severity, f.line])).toEqual([
      ['warning', 2],
      ['error', 1],
    ])
  })

  it('takes the offset off every line number, and points an open here-document at its start', () => {
    const output =
      '/dev/stdin: line 5: warning: here-document at line 3 delimited by end-of-file (wanted `EOF)'
    expect(parseShellOutput(output, 1)).toEqual([
      {
        severity: 'warning',
        line: 2,
        message: 'here-document at line 2 delimited by end-of-file (wanted `EOF)',
      },
    ])
  })

  it('ignores anything that is not a message about the script', () => {
    expect(parseShellOutput('bash: warning: setlocale: LC_ALL: cannot change locale\n')).toEqual([])
  })
})

describe('parseDriverOutput', () => {
  it('gives each script the messages before its marker', () => {
    const stdout = [
      "/dev/stdin: line 4: syntax error near unexpected token `fi'",
      `${RS}0 2`,
      `${RS}1 0`,
      `${RS}2 unreadable`,
      'bash: something it could not do',
      `${RS}3 1`,
      '/dev/stdin: line 2: syntax error: unexpected end of file',
    ].join('\n')
    const results = parseDriverOutput(stdout, 5, { lineOffset: 1 })
    expect(results[0]).toEqual({
      kind: 'checked',
      findings: [
        { severity: 'error', line: 3, message: "syntax error near unexpected token `fi'" },
      ],
    })
    expect(results[1]).toEqual({ kind: 'checked', findings: [] })
    expect(results[2]).toEqual({ kind: 'skipped', reason: 'the file could not be read' })
    expect(results[3]).toEqual({
      kind: 'skipped',
      reason: 'the check failed without naming a line: bash: something it could not do',
    })
    // Cut off before its marker (a timeout): no result, so the caller reports it as skipped.
    expect(results[4]).toBeUndefined()
  })
})

describe('parseDriverOutput: one-line records (bash lanes, in any order)', () => {
  it('reads the messages after the US, one per US', () => {
    const US = '\u001f'
    const stdout = [
      `${RS}2 0${US}`,
      `${RS}0 2${US}/dev/stdin: line 4: syntax error near unexpected token \`fi'${US}/dev/stdin: line 4: \`fi'`,
      `${RS}1 0${US}/dev/stdin: line 3: warning: here-document at line 2 delimited by end-of-file (wanted \`EOF')`,
    ].join('\n')
    const results = parseDriverOutput(stdout, 3, { lineOffset: 1 })
    expect(results.map((r) => (r?.kind === 'checked' ? r.findings : r))).toEqual([
      [{ severity: 'error', line: 3, message: "syntax error near unexpected token `fi'" }],
      [
        {
          severity: 'warning',
          line: 1,
          message: "here-document at line 1 delimited by end-of-file (wanted `EOF')",
        },
      ],
      [],
    ])
  })
})

describe.each([
  ['bash', bash],
  ['sh', sh],
  ['dash', dash],
] as const)('checkShellScripts with the real %s', (name, shellPath) => {
  const run = (files: Record<string, string>) => {
    const workspace = makeTempWorkspace(files)
    const shell = { name, path: shellPath ?? '' }
    return { workspace, results: checkShellScripts(shell, Object.keys(files), workspace) }
  }
  const maybe = shellPath ? it : it.skip

  maybe('names the exact line of a syntax error', () => {
    const { results } = run({
      'ok.sh': '#!/bin/sh\necho fine\n',
      'scripts/bad.sh': '#!/bin/sh\n# comment\nif true; then\n  echo x\nfi fi\necho after\n',
      'late.sh': `#!/bin/sh\n${'echo line\n'.repeat(40)}case x in\n  a) echo ;;\n  b) echo\nesac )\n`,
    })
    expect(results[0]).toEqual({ kind: 'checked', findings: [] })
    expect(results[1]).toEqual({
      kind: 'checked',
      findings: [expect.objectContaining({ severity: 'error', line: 5 })],
    })
    expect(results[2]).toEqual({
      kind: 'checked',
      findings: [expect.objectContaining({ severity: 'error', line: 45 })],
    })
  })

  maybe('gives each of many scripts (checked in parallel lanes) its own result', () => {
    const files: Record<string, string> = {}
    for (let i = 0; i < 70; i++) {
      const broken = i % 7 === 3
      const before = 'echo ok\n'.repeat(i % 5)
      files[`s/${String(i).padStart(2, '0')}.sh`] = `#!/bin/sh\n${before}${broken ? 'fi\n' : ''}`
    }
    const { results } = run(files)
    results.forEach((result, i) => {
      const expected = i % 7 === 3 ? [expect.objectContaining({ line: (i % 5) + 2 })] : []
      expect(result).toEqual({ kind: 'checked', findings: expected })
    })
  })

  maybe('parses without running anything', () => {
    const { workspace, results } = run({
      'evil.sh': [
        '#!/bin/sh',
        'touch ran-plain',
        'x=$(touch ran-substitution) `touch ran-backquote`',
        'cat > ran-redirect <<EOF',
        '$(touch ran-heredoc)',
        'EOF',
        '} ; touch ran-after-brace ; {',
        '',
      ].join('\n'),
    })
    expect(results[0]?.kind).toBe('checked')
    for (const file of ['plain', 'substitution', 'backquote', 'redirect', 'heredoc', 'after-brace'])
      expect(existsSync(path.join(workspace, `ran-${file}`))).toBe(false)
  })

  maybe('reports an unterminated quote at the line where it opens', () => {
    const { results } = run({ 'q.sh': '#!/bin/sh\necho one\necho "two\necho three\n' })
    const findings = results[0]?.kind === 'checked' ? results[0].findings : []
    expect(findings.filter((f) => f.severity === 'error').length).toBe(1)
    // bash names the line of the opening quote, dash the end of the file.
    expect([3, 4, 5]).toContain(findings[0]?.line)
  })
})

describe('checkShellScripts with the real bash', () => {
  const maybe = bash ? it : it.skip

  maybe('accepts extglob patterns and bash-isms, and warns about an open here-document', () => {
    const workspace = makeTempWorkspace({
      'ext.sh':
        '#!/bin/bash\nshopt -s extglob\ncase x in @(a|b)) echo;; esac\n[[ -n x ]] && echo\n',
      'heredoc.sh': '#!/bin/bash\necho start\ncat <<EOF\nnever closed\n',
    })
    const results = checkShellScripts(
      { name: 'bash', path: bash ?? '' },
      ['ext.sh', 'heredoc.sh', 'missing.sh'],
      workspace,
    )
    expect(results[0]).toEqual({ kind: 'checked', findings: [] })
    expect(results[1]).toEqual({
      kind: 'checked',
      findings: [
        {
          severity: 'warning',
          line: 3,
          message: "here-document at line 3 delimited by end-of-file (wanted `EOF')",
        },
      ],
    })
    expect(results[2]).toEqual({ kind: 'skipped', reason: 'the file could not be read' })
  })
})

describe('checkShellScripts: what stops a check', () => {
  it('skips every script when the shell hangs past the time limit', () => {
    const workspace = makeTempWorkspace({ 'a.sh': 'echo a\n' })
    const slow = path.join(workspace, 'slow-shell')
    writeFileSync(slow, '#!/bin/sh\nsleep 5\n')
    chmodSync(slow, 0o755)
    const results = checkShellScripts({ name: 'sh', path: slow }, ['a.sh'], workspace, 200)
    expect(results).toEqual([{ kind: 'skipped', reason: 'timed out after 0.2 s' }])
  })

  it('skips every script when the shell cannot start', () => {
    const workspace = makeTempWorkspace({ 'a.sh': 'echo a\n' })
    const results = checkShellScripts({ name: 'sh', path: '/no/such/sh' }, ['a.sh'], workspace)
    expect(results[0]).toEqual({ kind: 'skipped', reason: expect.stringMatching(/ENOENT/) })
  })
})

describe('batchByLength', () => {
  it('keeps each batch under the limit and every path in order', () => {
    const paths = ['aaaa', 'bbbb', 'cccc', 'dd', 'e']
    expect(batchByLength(paths, 10)).toEqual([
      ['aaaa', 'bbbb'],
      ['cccc', 'dd', 'e'],
    ])
    expect(batchByLength(['a-very-long-path'], 4)).toEqual([['a-very-long-path']])
    expect(batchByLength([], 10)).toEqual([])
  })
})
