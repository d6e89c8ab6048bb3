// The script checks as parseConfig runs them: errors are input problems at the script's line,
// everything else a notice on Config.
import { describe, expect, it } from '@jest/globals'
import { chmodSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { findExecutable } from '../../../src/config/executable-path.ts'
import { MAX_PARSED, SAME_WARNING_SHOWN } from '../../../src/config/script-checks.ts'
import { parseConfig } from '../../../src/config/inputs.ts'
import { InputError } from '../../../src/config/issues.ts'
import type { Config } from '../../../src/config/types.ts'
import { fakePwsh } from './fake-pwsh.ts'
import { makeTempWorkspace, readerOf } from './temp-workspace.ts'

const BASH = findExecutable('bash', process.env.PATH ?? '')
const SH = findExecutable('sh', process.env.PATH ?? '')
const maybe = BASH && SH ? it : it.skip

/** A PATH holding only the named programs (links to this machine's, or a stand-in pwsh). */
function pathWith(programs: { bash?: boolean; sh?: boolean; pwsh?: boolean }): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'aib-bin-'))
  if (programs.bash && BASH) symlinkSync(BASH, path.join(dir, 'bash'))
  if (programs.sh && SH) symlinkSync(SH, path.join(dir, 'sh'))
  if (programs.pwsh) symlinkSync(fakePwsh().exe, path.join(dir, 'pwsh'))
  return dir
}
const SHELLS = pathWith({ bash: true, sh: true })

const LINUX = {
  'dry-run': 'true',
  location: 'westeurope',
  source: 'Canonical:ubuntu-24_04-lts:server:latest',
}
const WINDOWS = {
  'dry-run': 'true',
  location: 'westeurope',
  source: 'MicrosoftWindowsServer:WindowsServer:2022-datacenter-azure-edition:latest',
}

function parseIn(
  files: Record<string, string>,
  inputs: Record<string, string>,
  PATH = SHELLS,
): Config | InputError {
  const workspace = makeTempWorkspace(files)
  try {
    return parseConfig(readerOf(inputs), { GITHUB_WORKSPACE: workspace, PATH })
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
}

const problemsOf = (result: Config | InputError) =>
  result instanceof InputError ? result.problems : []
const noticesOf = (result: Config | InputError) =>
  result instanceof InputError ? [] : result.notices

describe('parseConfig: shell syntax', () => {
  maybe('fails a bash syntax error at its file and line, naming the input', () => {
    const result = parseIn(
      {
        'scripts/ok.sh': '#!/bin/bash\necho ok\n',
        'scripts/bad.sh': '#!/bin/bash\necho start\nif true; then echo; fi fi\necho end\n',
      },
      { ...LINUX, 'customizer-scripts': 'scripts/*.sh' },
    )
    expect(problemsOf(result)).toEqual([
      {
        input: 'customizer-scripts',
        message: "scripts/bad.sh:3: syntax error near unexpected token `fi' (bash -n)",
        at: { file: 'scripts/bad.sh', line: 3 },
      },
    ])
  })

  maybe('checks a #!/bin/sh validator with sh, under its own input', () => {
    const result = parseIn(
      { 'checks/smoke.sh': '#!/bin/sh\nfor x in a b\n  echo $x\ndone\n' },
      { ...LINUX, 'validator-scripts': 'checks/smoke.sh' },
    )
    expect(problemsOf(result)).toEqual([
      expect.objectContaining({
        input: 'validator-scripts',
        message: expect.stringMatching(/^checks\/smoke\.sh:\d: .* \(sh -n\)$/),
        at: { file: 'checks/smoke.sh', line: expect.any(Number) },
      }),
    ])
  })

  maybe('fails a CRLF #! line at line 1, and a CRLF file once, without bash noise', () => {
    const result = parseIn(
      {
        'a-shebang.sh': '#!/bin/bash\r\necho hi\n',
        'b-windows.sh': '#!/bin/bash\r\nif true; then\r\n  echo hi\r\nfi\r\n',
      },
      { ...LINUX, 'customizer-scripts': '*.sh' },
    )
    expect(problemsOf(result).map((p) => [p.input, p.at])).toEqual([
      ['customizer-scripts', { file: 'a-shebang.sh', line: 1, column: 12 }],
      ['customizer-scripts', { file: 'b-windows.sh', line: 1, column: 12 }],
    ])
  })

  maybe('lists problems in the order the scripts were given, whichever check found them', () => {
    const result = parseIn(
      { 'z-syntax.sh': '#!/bin/bash\nfi\n', 'a-crlf.sh': '#!/bin/bash\r\necho\n' },
      { ...LINUX, 'customizer-scripts': 'z-syntax.sh\na-crlf.sh' },
    )
    expect(problemsOf(result).map((p) => p.at?.file)).toEqual(['z-syntax.sh', 'a-crlf.sh'])
  })

  maybe('passes good scripts, with warnings and skipped checks as notices', () => {
    const result = parseIn(
      {
        'scripts/no-shebang.sh': 'echo hi\n',
        'scripts/mixed.sh': '#!/bin/bash\necho a\necho b\r\n',
        'scripts/tool.py': '#!/usr/bin/env python3\nprint(1)\n',
      },
      { ...LINUX, 'customizer-scripts': 'scripts/*' },
    )
    expect(result).not.toBeInstanceOf(InputError)
    expect(noticesOf(result)).toEqual([
      {
        level: 'warning',
        input: 'customizer-scripts',
        message: expect.stringMatching(/^scripts\/mixed\.sh:3: 1 line ends with CRLF/),
        at: { file: 'scripts/mixed.sh', line: 3 },
      },
      {
        level: 'warning',
        input: 'customizer-scripts',
        message: expect.stringMatching(/^scripts\/no-shebang\.sh:1: has no `#!` line/),
        at: { file: 'scripts/no-shebang.sh', line: 1 },
      },
    ])
  })

  it('skips the check, with one notice, when the shell is not on PATH', () => {
    const result = parseIn(
      {
        'a.sh': '#!/bin/bash\nfi\n',
        'b.sh': '#!/usr/bin/env bash\nfi\n',
      },
      { ...LINUX, 'customizer-scripts': '*.sh' },
      pathWith({}),
    )
    expect(noticesOf(result)).toEqual([
      {
        level: 'info',
        input: 'customizer-scripts',
        message: 'Shell syntax was not checked (bash is not on PATH): a.sh, b.sh',
      },
    ])
  })

  it('skips the check, never failing, when the shell on PATH does not work', () => {
    const bin = pathWith({})
    writeFileSync(path.join(bin, 'bash'), '#!/bin/sh\necho "bash: broken install" >&2\nexit 1\n')
    chmodSync(path.join(bin, 'bash'), 0o755)
    const files = Object.fromEntries(
      ['a', 'b', 'c', 'd', 'e'].map((n) => [`${n}.sh`, '#!/bin/bash\nfi\n']),
    )
    const result = parseIn(files, { ...LINUX, 'customizer-scripts': '*.sh' }, bin)
    expect(noticesOf(result)).toEqual([
      {
        level: 'info',
        input: 'customizer-scripts',
        message:
          'Shell syntax was not checked (bash: bash: broken install): a.sh, b.sh, c.sh and 2 more',
      },
    ])
  })

  it('checks nothing when resuming: nothing is built', () => {
    const result = parseIn(
      { 'a.sh': '#!/bin/bash\r\nfi\n' },
      {
        ...LINUX,
        'dry-run': '',
        resume: 'true',
        'image-template-name': 'x',
        'customizer-scripts': 'a.sh',
      },
    )
    expect(problemsOf(result).map((p) => p.input)).not.toContain('customizer-scripts')
    expect(noticesOf(result)).toEqual([])
  })
})

describe('parseConfig: PowerShell syntax', () => {
  const files = {
    'scripts/good.ps1': "Write-Output 'fine'\r\n",
    'scripts/broken.ps1': "Write-Output 'a'\r\nif ($true) {\r\n  BROKEN\r\n",
  }

  it('fails a parse error at its line and column, through pwsh on PATH', () => {
    const result = parseIn(
      files,
      { ...WINDOWS, 'customizer-scripts': 'scripts/*.ps1' },
      pathWith({ pwsh: true }),
    )
    expect(problemsOf(result)).toEqual([
      {
        input: 'customizer-scripts',
        message:
          "scripts/broken.ps1:3:9: Missing closing '}' in statement block or type definition. (pwsh parser)",
        at: { file: 'scripts/broken.ps1', line: 3, column: 9 },
      },
    ])
  })

  it('says once that PowerShell syntax was not checked when there is no PowerShell', () => {
    const result = parseIn(
      { 'scripts/good.ps1': "Write-Output 'fine'\r\n", 'checks/v.ps1': 'exit 0\r\n' },
      { ...WINDOWS, 'customizer-scripts': 'scripts/*.ps1', 'validator-scripts': 'checks/v.ps1' },
      pathWith({ bash: true }),
    )
    expect(noticesOf(result)).toEqual([
      {
        level: 'info',
        input: 'customizer-scripts',
        message:
          'PowerShell syntax was not checked (neither pwsh nor powershell is on PATH): scripts/good.ps1, checks/v.ps1',
      },
    ])
  })
})

describe('parseConfig: downloads in a template file', () => {
  const SHA = 'a'.repeat(64)
  const template = JSON.stringify(
    {
      source: {
        type: 'PlatformImage',
        publisher: 'Canonical',
        offer: 'ubuntu-24_04-lts',
        sku: 'server',
        version: 'latest',
      },
      customize: [
        { type: 'Shell', name: 'inline', inline: ['echo hi'] },
        {
          type: 'Shell',
          name: 'pinned',
          scriptUri: 'https://example.com/pinned.sh',
          sha256Checksum: SHA,
        },
        { type: 'Shell', name: 'setup', scriptUri: 'https://example.com/setup.sh?sv=1&sig=secret' },
        {
          type: 'File',
          sourceUri: 'https://example.com/app.conf',
          destination: '/tmp/app.conf',
          sha256Checksum: '',
        },
      ],
      validate: {
        inVMValidations: [
          { type: 'Shell', name: 'smoke', scriptUri: 'https://example.com/smoke.sh' },
        ],
      },
      distribute: [
        {
          type: 'ManagedImage',
          imageId:
            '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Compute/images/x',
          location: 'westeurope',
          runOutputName: 'managed',
        },
      ],
    },
    null,
    2,
  )

  /** The line of the `{` that opens the object holding `marker`: where the step starts. */
  const stepLine = (marker: string): number => {
    const lines = template.split('\n')
    let at = lines.findIndex((l) => l.includes(marker))
    while (at > 0 && lines[at]?.trim() !== '{') at--
    return at + 1
  }

  it('warns once per download that no sha256Checksum pins, at its line in the file', () => {
    const result = parseIn(
      { 'image/template.json': template },
      { ...LINUX, source: '', template: 'image/template.json' },
    )
    const notices = noticesOf(result)
    const at = (line: number, column: number) => ({ file: 'image/template.json', line, column })
    expect([stepLine('setup.sh'), stepLine('app.conf'), stepLine('smoke.sh')]).toEqual([23, 28, 37])
    expect(notices.map((n) => [n.level, n.input, n.at])).toEqual([
      ['warning', 'template', at(23, 5)],
      ['warning', 'template', at(28, 5)],
      ['warning', 'template', at(37, 7)],
    ])
    expect(notices[0]?.message).toBe(
      'image/template.json:23:5 properties.customize[2]: ("setup" Shell) scriptUri https://example.com/setup.sh?… has no sha256Checksum: nothing pins what the build downloads; add the file\'s SHA-256',
    )
    expect(notices.map((n) => n.message).join('\n')).not.toContain('secret')
    expect(notices[2]?.message).toContain('properties.validate.inVMValidations[0]')
  })
})

describe('parseConfig: many scripts', () => {
  const many = (n: number, text: string) =>
    Object.fromEntries(
      Array.from({ length: n }, (_, i) => [`many/${String(i).padStart(4, '0')}.sh`, text]),
    )

  maybe('shows the same warning for the first few scripts, then counts the rest once', () => {
    const notices = noticesOf(
      parseIn(many(12, ':\n'), { ...LINUX, 'customizer-scripts': 'many/*.sh' }),
    )
    const warnings = notices.filter((n) => n.level === 'warning')
    expect(warnings).toHaveLength(SAME_WARNING_SHOWN + 1)
    expect(warnings.at(-1)?.message).toMatch(
      /^7 more scripts: .*\(many\/0005\.sh, many\/0006\.sh, many\/0007\.sh and 4 more\)$/,
    )
  })

  maybe('parses at most MAX_PARSED scripts per parser and says which were left', () => {
    const result = parseIn(many(MAX_PARSED + 2, '#!/bin/bash\ntrue\n'), {
      ...LINUX,
      'customizer-scripts': 'many/*.sh',
    })
    expect(problemsOf(result)).toEqual([])
    expect(noticesOf(result).map((n) => n.message)).toContainEqual(
      `syntax not checked for 2 more scripts (at most ${MAX_PARSED} per parser): many/1000.sh, many/1001.sh`,
    )
  })
})
