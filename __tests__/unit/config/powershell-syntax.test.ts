import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import {
  PATHS_VARIABLE,
  checkPowerShellSyntax,
  parsePowerShellOutput,
} from '../../../src/config/powershell-syntax.ts'
import { fakePwsh } from './fake-pwsh.ts'
import { makeTempWorkspace } from './temp-workspace.ts'

describe('parsePowerShellOutput', () => {
  it('reads the driver lines per script and ignores everything else', () => {
    const stdout = [
      'WARNING: something PowerShell said',
      "aib-parse\t1\t3\t14\tMissing closing ')' in expression.",
      "aib-parse\t0\t12\t1\tUnexpected token '}' in expression or statement.",
      'aib-parse\t7\t1\t1\tan index past the end',
      'aib-parse\tx\t1\t1\tnot a number',
      '',
    ].join('\r\n')
    expect(parsePowerShellOutput(stdout, 2)).toEqual([
      [
        {
          severity: 'error',
          line: 12,
          column: 1,
          message: "Unexpected token '}' in expression or statement.",
        },
      ],
      [{ severity: 'error', line: 3, column: 14, message: "Missing closing ')' in expression." }],
    ])
  })

  it('keeps the first five errors of a script (the rest follow from them)', () => {
    const stdout = Array.from({ length: 9 }, (_, i) => `aib-parse\t0\t${i + 1}\t1\te${i}`).join(
      '\n',
    )
    expect(parsePowerShellOutput(stdout, 1)[0]?.map((f) => f.line)).toEqual([1, 2, 3, 4, 5])
  })
})

describe('checkPowerShellSyntax with a stand-in pwsh', () => {
  const workspace = makeTempWorkspace({
    'scripts/good.ps1': "Write-Output 'fine'\r\n",
    'scripts/broken.ps1': "Write-Output 'a'\r\nif ($true) {\r\n  BROKEN\r\n",
  })

  it('maps each error to its script, line and column', () => {
    const { exe } = fakePwsh()
    const result = checkPowerShellSyntax(exe, ['scripts/good.ps1', 'scripts/broken.ps1'], workspace)
    expect(result).toEqual({
      kind: 'checked',
      findings: [
        [],
        [
          {
            severity: 'error',
            line: 3,
            column: 9,
            message: "Missing closing '}' in statement block or type definition.",
          },
        ],
      ],
    })
  })

  it('runs the parser non-interactively, with the paths in the environment and no secrets', () => {
    const { dir, exe } = fakePwsh()
    process.env.INPUT_GITHUB_TOKEN = 'ghs_not_for_children'
    try {
      checkPowerShellSyntax(exe, ['scripts/good.ps1'], workspace)
    } finally {
      delete process.env.INPUT_GITHUB_TOKEN
    }
    const args = readFileSync(path.join(dir, 'args'), 'utf8').trim().split('\n')
    expect(args.slice(0, 4)).toEqual([
      '-NoLogo',
      '-NoProfile',
      '-NonInteractive',
      '-EncodedCommand',
    ])
    const driver = Buffer.from(args[4] ?? '', 'base64').toString('utf16le')
    expect(driver).toContain('[System.Management.Automation.Language.Parser]::ParseFile(')
    expect(driver).toContain(`$env:${PATHS_VARIABLE}`)
    const env = readFileSync(path.join(dir, 'env'), 'utf8')
    expect(env).toContain(`${PATHS_VARIABLE}=scripts/good.ps1`)
    expect(env).not.toContain('ghs_not_for_children')
  })

  it('is skipped, never failed, when PowerShell itself fails or hangs', () => {
    const failing = fakePwsh('echo "pwsh: cannot start" >&2\nexit 1')
    expect(checkPowerShellSyntax(failing.exe, ['scripts/good.ps1'], workspace)).toEqual({
      kind: 'skipped',
      reason: 'the parser did not run: pwsh: cannot start',
    })
    const hanging = fakePwsh('sleep 5')
    expect(checkPowerShellSyntax(hanging.exe, ['scripts/good.ps1'], workspace, 200)).toEqual({
      kind: 'skipped',
      reason: 'timed out after 0.2 s',
    })
  })
})
