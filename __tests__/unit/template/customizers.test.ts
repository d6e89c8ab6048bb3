import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import type { Customization, WorkspaceFile } from '../../../src/model/types.ts'
import { scriptKind } from '../../../src/model/script-kind.ts'
import { renderCustomization } from '../../../src/template/customizers.ts'

const file = (relPath: string, text: string): WorkspaceFile => {
  const bytes = Buffer.from(text)
  return { relPath, bytes, sha256: createHash('sha256').update(bytes).digest('hex') }
}

const customization = (over: Partial<Customization> = {}): Customization => ({
  scripts: [],
  validators: [],
  artifacts: [],
  artifactRoot: '',
  artifactDestination: '/tmp/tpl',
  inlineScript: '',
  windowsUpdate: false,
  ...over,
})

/** The customizer's inline lines, whatever its type. */
const inlineOf = (step: object): string[] => (step as { inline?: string[] }).inline ?? []

/** The `f=…` / `$f = …` targets a copy step writes to. */
const targetsOf = (step: object): string[] =>
  inlineOf(step)
    .filter((l) => l.startsWith('f=') || l.startsWith('$f = '))
    .map((l) => l.replace(/^\$?f ?= ?/, ''))

const SETUP = file('scripts/01-setup.sh', '#!/bin/bash\necho setup\n')
const APP = file('scripts/02-app.sh', '#!/bin/bash\necho app\n')
const PS = file('scripts/setup.ps1', "Write-Output 'x'\r\n")
const MOTD = file('scripts/motd.json', '{"motd":"hi"}\n')

describe('scriptKind', () => {
  it.each([
    ['a.sh', 'shell'],
    ['dir/A.SH', 'shell'],
    ['b.ps1', 'powershell'],
    ['B.PS1', 'powershell'],
    ['c.json', 'file'],
    ['sh', 'file'],
    ['script.sh.txt', 'file'],
  ])('%j is %s', (relPath, kind) => {
    expect(scriptKind(relPath)).toBe(kind)
  })
})

describe('renderCustomization: order and types', () => {
  const linux = renderCustomization(
    customization({
      artifacts: [file('workflow-artifacts/app.txt', 'app')],
      artifactRoot: 'workflow-artifacts',
      scripts: [APP, MOTD, SETUP],
      inlineScript: 'echo inline',
      validators: [file('checks/validate.sh', 'test -f /etc/motd\n')],
    }),
    'linux',
  )

  it('puts artifacts first, then scripts in the given order, then the inline script', () => {
    expect(linux.customize.map((s) => [s.type, s.name])).toEqual([
      ['Shell', 'workflow-artifacts'],
      ['Shell', 'scripts/02-app.sh'],
      ['Shell', 'scripts/motd.json'],
      ['Shell', 'scripts/01-setup.sh'],
      ['Shell', 'customizer-script.sh'],
    ])
  })

  it('copies a non-script file to the destination under its base name', () => {
    expect(targetsOf(linux.customize[2]!)).toEqual(["'/tmp/tpl/motd.json'"])
    expect(inlineOf(linux.customize[2]!)).not.toContain('"$f"')
  })

  it('runs scripts from a temp directory after checking their hash', () => {
    const lines = inlineOf(linux.customize[1]!)
    // First the step's name for customization.log, then the file and its hash.
    expect(lines[0]).toBe("echo '##[aib-step] scripts/02-app.sh'")
    expect(lines[1]).toBe(`echo '[aib] run scripts/02-app.sh (sha256 ${APP.sha256})'`)
    expect(lines).toContain(`f="$d"/'02-app.sh'`)
    expect(lines).toContain('"$f"')
  })

  it('wraps the inline script like a run: step, bash -e with pipefail', () => {
    const lines = inlineOf(linux.customize[4]!)
    const b64 = lines
      .map((l) => /^printf '%s' '(.+)' >> /.exec(l)?.[1])
      .filter((c) => c !== undefined)
      .join('')
    expect(Buffer.from(b64, 'base64').toString()).toBe(
      '#!/bin/bash\nset -eo pipefail\necho inline\n',
    )
  })

  it('renders validators separately, as Shell validators', () => {
    expect(linux.validators.map((v) => [v.type, v.name])).toEqual([['Shell', 'checks/validate.sh']])
    expect(linux.customize.map((s) => s.name)).not.toContain('checks/validate.sh')
  })

  it('gives every customizer a distinct name', () => {
    const names = linux.customize.map((s) => s.name)
    expect(new Set(names).size).toBe(names.length)
  })

  it('names a repo script customizer-script.sh differently from the inline customizer-script', () => {
    const clash = file('customizer-script.sh', 'echo repo\n')
    const rendered = renderCustomization(
      customization({ scripts: [clash], inlineScript: 'echo inline' }),
      'linux',
    )
    expect(rendered.customize.map((s) => s.name)).toEqual([
      'customizer-script.sh',
      'customizer-script.sh (2)',
    ])
    expect(rendered.origins.map((o) => o.name)).toEqual([
      'customizer-script.sh',
      'customizer-script.sh (2)',
    ])
  })

  it('has no customizer when there is nothing to do', () => {
    expect(renderCustomization(customization(), 'linux')).toEqual({
      customize: [],
      validators: [],
      origins: [],
    })
  })
})

describe('renderCustomization: Windows', () => {
  const windows = renderCustomization(
    customization({
      artifacts: [file('dist/bin/app.exe', 'MZ'), file('dist/conf/app.ini', 'k=1')],
      artifactRoot: 'dist',
      artifactDestination: 'C:\\apps',
      scripts: [PS, MOTD],
      inlineScript: 'Write-Output inline',
      windowsUpdate: true,
      validators: [file('checks/validate.ps1', 'exit 0\r\n')],
    }),
    'windows',
  )

  it('uses PowerShell with runElevated, then Windows Update and a restart at the end', () => {
    expect(windows.customize.map((s) => [s.type, s.name])).toEqual([
      ['PowerShell', 'workflow-artifacts'],
      ['PowerShell', 'scripts/setup.ps1'],
      ['PowerShell', 'scripts/motd.json'],
      ['PowerShell', 'customizer-script.ps1'],
      ['WindowsUpdate', 'windows-update'],
      ['WindowsRestart', 'windows-update-restart'],
    ])
    expect(windows.customize[1]).toMatchObject({ runElevated: true })
    expect(windows.customize[3]).toMatchObject({ runElevated: true })
    expect(windows.customize[4]).toEqual({
      type: 'WindowsUpdate',
      name: 'windows-update',
      searchCriteria: 'IsInstalled=0',
      filters: ['exclude:$_.Title -like "*Preview*"', 'include:$true'],
      updateLimit: 40,
    })
    expect(windows.customize[5]).toEqual({
      type: 'WindowsRestart',
      name: 'windows-update-restart',
      restartTimeout: '15m',
    })
  })

  it('keeps the artifact layout below the root with backslashes', () => {
    expect(targetsOf(windows.customize[0]!)).toEqual([
      "'C:\\apps\\bin\\app.exe'",
      "'C:\\apps\\conf\\app.ini'",
    ])
    expect(inlineOf(windows.customize[0]!).slice(0, 2)).toEqual([
      "Write-Output '##[aib-step] workflow-artifacts'",
      "$ErrorActionPreference = 'Stop'",
    ])
  })

  it('copies a non-script file with a backslash path', () => {
    expect(targetsOf(windows.customize[2]!)).toEqual(["'C:\\apps\\motd.json'"])
  })

  it('renders PowerShell validators elevated', () => {
    expect(windows.validators).toHaveLength(1)
    expect(windows.validators[0]).toMatchObject({
      type: 'PowerShell',
      name: 'checks/validate.ps1',
      runElevated: true,
    })
    expect(inlineOf(windows.validators[0]!)).toContain('& $f')
  })
})

describe('renderCustomization: artifact paths on Linux', () => {
  it('keeps the layout below the artifact root', () => {
    const { customize } = renderCustomization(
      customization({
        artifacts: [file('build/out/app.bin', 'a'), file('build/out/lib/x y.so', 'x')],
        artifactRoot: 'build/out',
        artifactDestination: '/opt/app',
      }),
      'linux',
    )
    expect(targetsOf(customize[0]!)).toEqual(["'/opt/app/app.bin'", "'/opt/app/lib/x y.so'"])
  })

  it('keeps the full path when the root is the workspace', () => {
    const { customize } = renderCustomization(
      customization({ artifacts: [file('root.txt', 'r'), file('dir/n.txt', 'n')] }),
      'linux',
    )
    expect(targetsOf(customize[0]!)).toEqual(["'/tmp/tpl/root.txt'", "'/tmp/tpl/dir/n.txt'"])
  })

  it('does not strip a root that is only a name prefix', () => {
    const { customize } = renderCustomization(
      customization({ artifacts: [file('build-extra/x.txt', 'x')], artifactRoot: 'build' }),
      'linux',
    )
    expect(targetsOf(customize[0]!)).toEqual(["'/tmp/tpl/build-extra/x.txt'"])
  })
})

describe('renderCustomization: origins', () => {
  it('describes each step: name, type, input it came from, bytes and sha256', () => {
    const artifacts = [file('art/a.txt', 'aaa'), file('art/b.txt', 'bb')]
    const validator = file('checks/v.ps1', 'exit 0\r\n')
    const { origins } = renderCustomization(
      customization({
        artifacts,
        artifactRoot: 'art',
        scripts: [PS],
        inlineScript: 'echo hi',
        windowsUpdate: true,
        validators: [validator],
      }),
      'windows',
    )
    const inlineBytes = Buffer.from("$ErrorActionPreference = 'Stop'\necho hi\n")
    expect(origins).toEqual([
      {
        name: 'workflow-artifacts',
        type: 'PowerShell',
        origin: 'customizer-source',
        bytes: 5,
        sha256: '',
      },
      {
        name: 'scripts/setup.ps1',
        type: 'PowerShell',
        origin: 'customizer-scripts',
        bytes: PS.bytes.length,
        sha256: PS.sha256,
      },
      {
        name: 'customizer-script.ps1',
        type: 'PowerShell',
        origin: 'customizer-script',
        bytes: inlineBytes.length,
        sha256: createHash('sha256').update(inlineBytes).digest('hex'),
      },
      {
        name: 'windows-update',
        type: 'WindowsUpdate',
        origin: 'windows-update',
        bytes: 0,
        sha256: '',
      },
      {
        name: 'windows-update-restart',
        type: 'WindowsRestart',
        origin: 'windows-update',
        bytes: 0,
        sha256: '',
      },
      {
        name: 'checks/v.ps1',
        type: 'PowerShell',
        origin: 'validator-scripts',
        bytes: validator.bytes.length,
        sha256: validator.sha256,
      },
    ])
  })
})
