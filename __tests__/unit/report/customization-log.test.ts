import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import {
  describeDiagnosis,
  diagnoseCustomizationLog,
  type LogDiagnosis,
  type TemplateSteps,
} from '../../../src/report/customization-log.ts'
import { parsePackerLine, displayLine } from '../../../src/report/packer-log-lines.ts'

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/customization-logs')

interface Case {
  readonly truncated?: boolean
  readonly steps: TemplateSteps
  readonly expect: Partial<LogDiagnosis> & { readonly excerptHas: string }
}

const CASES = JSON.parse(readFileSync(path.join(FIXTURES, 'cases.json'), 'utf8')) as Record<
  string,
  Case
>
const logOf = (file: string): string => readFileSync(path.join(FIXTURES, file), 'utf8')
const stepsOf = (file: string): TemplateSteps => CASES[file]!.steps

describe('diagnoseCustomizationLog on every fixture', () => {
  it('has a case for every fixture log and a README naming each', () => {
    const logs = readdirLogs()
    expect(Object.keys(CASES).sort()).toEqual(logs)
    const readme = readFileSync(path.join(FIXTURES, 'README.md'), 'utf8')
    for (const log of logs) expect(readme).toContain(log)
  })

  it.each(Object.entries(CASES))('%s', (file, { truncated, steps, expect: want }) => {
    const { excerptHas, ...fields } = want
    const diagnosis = diagnoseCustomizationLog(logOf(file), steps, { truncated })
    expect(diagnosis).toMatchObject(fields)
    expect(diagnosis.excerpt.join('\n')).toContain(excerptHas)
    expect(diagnosis.excerpt.length).toBeGreaterThan(0)
    expect(diagnosis.excerpt.length).toBeLessThanOrEqual(30)
    for (const line of diagnosis.excerpt) {
      expect(line).toMatch(/^\| /)
      expect(line).not.toMatch(/bytes written for|RPC (client|endpoint)|\[DEBUG\]/)
    }
  })
})

describe('mapping a provisioner to its step', () => {
  it('names the second of three Shell customizers, not its neighbours (off by one fails)', () => {
    const file = 'linux-shell-second-of-three.log'
    const { step } = diagnoseCustomizationLog(logOf(file), stepsOf(file))
    expect(step).toEqual({
      list: 'customize',
      index: 1,
      of: 3,
      name: 'install-app',
      type: 'Shell',
      mappedBy: 'count',
    })
  })

  it('refuses a count the Packer types contradict, then finds the step by its unique type', () => {
    // A provisioner the service would add before the customizers shifts every count by one.
    const file = 'windows-restart-timeout.log'
    const extra = [
      '[x] PACKER ERR 2026/06/09 11:27:39 [INFO] (telemetry) Starting provisioner powershell',
      '[x] PACKER OUT     azure-arm: service setup',
    ]
    const log = insertBefore(logOf(file), 'Running the provision hook', extra)
    const { step } = diagnoseCustomizationLog(log, stepsOf(file))
    expect(step).toMatchObject({ index: 1, name: 'reboot-after-hyperv', mappedBy: 'type' })
  })

  it('gives no step rather than a wrong one when neither count nor type can tell', () => {
    const file = 'linux-shell-second-of-three.log'
    const extra = [
      '[x] PACKER ERR 2026/03/14 09:04:52 [INFO] (telemetry) Starting provisioner file',
    ]
    const log = insertBefore(logOf(file), 'Running the provision hook', extra)
    const diagnosis = diagnoseCustomizationLog(log, stepsOf(file))
    expect(diagnosis.step).toBeUndefined()
    expect(diagnosis.role).toBe('customizer')
    expect(describeDiagnosis(diagnosis)).toBe(
      'A customizer (Packer shell) failed; the log does not say which one: Script exited with non-zero exit status: 100. Allowed exit codes are: [0]',
    )
  })

  it('prefers the marker the failing step printed over any count', () => {
    const file = 'linux-shell-second-of-three.log'
    const marker = ['[x] PACKER OUT     azure-arm: ##[aib-step] customize[1] install-app']
    const log = insertBefore(logOf(file), 'Adding the Contoso package repository', marker)
    const diagnosis = diagnoseCustomizationLog(log, stepsOf(file))
    expect(diagnosis.step).toMatchObject({ index: 1, name: 'install-app', mappedBy: 'marker' })
  })

  it('resolves a marker with a name alone, and one echoed in a PowerShell command', () => {
    const file = 'windows-powershell.log'
    const named = [
      "PACKER ERR 2026/04/02 14:18:44 packer-provisioner-powershell plugin: Found command: Write-Host '##[aib-step] configure-app'",
    ]
    const log = insertBefore(logOf(file), 'Found command: $ErrorActionPreference', named)
    const { step } = diagnoseCustomizationLog(log, stepsOf(file))
    expect(step).toMatchObject({ index: 1, name: 'configure-app', mappedBy: 'marker' })
  })

  it('counts on from an earlier marker in a tail, and cannot tell without one', () => {
    const file = 'linux-marker-tail.log'
    const withMarker = diagnoseCustomizationLog(logOf(file), stepsOf(file), { truncated: true })
    expect(withMarker.step).toMatchObject({ index: 3, mappedBy: 'anchor' })
    const bare = logOf(file).replace(/^.*##\[aib-step\].*\n/m, '')
    const without = diagnoseCustomizationLog(bare, stepsOf(file), { truncated: true })
    expect(without.step).toBeUndefined()
    expect(without.role).toBe('customizer')
  })

  it('maps a tail without its start by the only step of the failing type', () => {
    const file = 'linux-file.log'
    const tail = logOf(file).slice(logOf(file).indexOf('ending shell'))
    const diagnosis = diagnoseCustomizationLog(tail, stepsOf(file), { truncated: true })
    expect(diagnosis.step).toMatchObject({ index: 1, name: 'app-config', mappedBy: 'type' })
  })

  it('counts validators from the start of validation', () => {
    const file = 'linux-validator.log'
    const tail = logOf(file).slice(logOf(file).indexOf("Build 'azure-arm' finished"))
    const diagnosis = diagnoseCustomizationLog(tail, stepsOf(file), { truncated: true })
    expect(diagnosis.step).toMatchObject({ list: 'validate', index: 1, mappedBy: 'count' })
  })

  it('counts validators that run in the build VM right after the customizers', () => {
    const steps: TemplateSteps = {
      customize: [{ name: 'a', type: 'Shell' }],
      validate: [{ name: 'check', type: 'PowerShell' }],
    }
    const log = [
      'PACKER ERR 2026/01/01 00:00:00 [INFO] (telemetry) Starting builder azure-arm',
      'PACKER ERR 2026/01/01 00:00:01 [INFO] (telemetry) Starting provisioner shell',
      'PACKER ERR 2026/01/01 00:00:02 [INFO] (telemetry) Starting provisioner powershell',
      'PACKER OUT ==> azure-arm: check failed',
      "PACKER OUT Build 'azure-arm' errored: Script exited with non-zero exit status: 3. Allowed exit codes are: [0]",
    ].join('\n')
    const diagnosis = diagnoseCustomizationLog(log, steps)
    expect(diagnosis).toMatchObject({ role: 'validator', step: { list: 'validate', index: 0 } })
    expect(diagnosis.exitStatus).toBe(3)
  })
})

describe('failures outside the template steps', () => {
  it('names the service deprovisioning step when it is the one that failed', () => {
    const steps: TemplateSteps = { customize: [{ name: 'a', type: 'Shell' }], validate: [] }
    const log = [
      'PACKER ERR 2026/01/01 00:00:00 [INFO] (telemetry) Starting builder azure-arm',
      'PACKER ERR 2026/01/01 00:00:01 [INFO] (telemetry) Starting provisioner shell',
      'PACKER ERR 2026/01/01 00:00:02 [INFO] (telemetry) Starting provisioner shell',
      'PACKER OUT ==> azure-arm: Provisioning with shell script: /tmp/packer-shell1',
      'PACKER OUT     azure-arm: /tmp/DeprovisioningScript.sh: 1: /usr/sbin/waagent: not found',
      "PACKER OUT Build 'azure-arm' errored: Script exited with non-zero exit status: 127. Allowed exit codes are: [0]",
    ].join('\n')
    const diagnosis = diagnoseCustomizationLog(log, steps)
    expect(diagnosis).toMatchObject({ role: 'unknown', deprovisioning: true, exitStatus: 127 })
    expect(diagnosis.step).toBeUndefined()
    expect(describeDiagnosis(diagnosis)).toMatch(
      /^Image Builder's own deprovisioning step failed: /,
    )
  })

  it('reports the build error when no provisioner ran', () => {
    const log = [
      'PACKER OUT ==> azure-arm: Deploying deployment template ...',
      "PACKER OUT Build 'azure-arm' errored after 2 minutes: the deployment failed: QuotaExceeded",
    ].join('\n')
    const diagnosis = diagnoseCustomizationLog(log, { customize: [], validate: [] })
    expect(diagnosis).toMatchObject({
      role: 'unknown',
      error: 'the deployment failed: QuotaExceeded',
    })
    expect(diagnosis.excerpt).toEqual(['| ==> Deploying deployment template ...'])
    expect(describeDiagnosis(diagnosis)).toBe(
      'The build failed: the deployment failed: QuotaExceeded',
    )
  })

  it('says so when the log says nothing', () => {
    const diagnosis = diagnoseCustomizationLog('', { customize: [], validate: [] })
    expect(diagnosis).toEqual({ role: 'unknown', excerpt: [] })
    expect(describeDiagnosis(diagnosis)).toBe('The log does not say which step failed')
  })
})

describe('describeDiagnosis', () => {
  it.each([
    [
      'linux-shell-second-of-three.log',
      "Customizer 2 of 3 'install-app' (Shell) failed: Script exited with non-zero exit status: 100. Allowed exit codes are: [0]",
    ],
    [
      'linux-validator.log',
      "Validator 2 of 2 'site-responds' (Shell) failed: Script exited with non-zero exit status: 7. Allowed exit codes are: [0]",
    ],
    [
      'linux-timeout.log',
      "The build timed out while customizer 2 of 2 'build-kernel-module' (Shell) was running (Cancelling builder after context cancellation context canceled)",
    ],
  ])('%s', (file, sentence) => {
    const diagnosis = diagnoseCustomizationLog(logOf(file), stepsOf(file))
    expect(describeDiagnosis(diagnosis)).toBe(sentence)
  })

  it('leaves the name out of a step without one', () => {
    const file = 'windows-update.log'
    const steps = {
      ...stepsOf(file),
      customize: stepsOf(file).customize.map((s) => ({ type: s.type })),
    }
    const diagnosis = diagnoseCustomizationLog(logOf(file), steps)
    expect(describeDiagnosis(diagnosis)).toMatch(/^Customizer 2 of 3 \(WindowsUpdate\) failed: /)
  })
})

describe('bounds', () => {
  it('reads only the last 4 MiB of a log of tens of MB, in linear time', () => {
    const file = 'linux-shell-second-of-three.log'
    const chatter = '[x] PACKER OUT     azure-arm: compiling module 1234 of 99999 ...\n'
    const huge = chatter.repeat(Math.ceil((24 * 1024 * 1024) / chatter.length)) + logOf(file)
    const started = performance.now()
    const diagnosis = diagnoseCustomizationLog(huge, stepsOf(file))
    expect(performance.now() - started).toBeLessThan(3000)
    expect(diagnosis.step).toMatchObject({ index: 1, mappedBy: 'count' })
  })

  it('keeps a line of megabytes cheap and short in the excerpt', () => {
    const long = `PACKER OUT     azure-arm: ${'x'.repeat(3 * 1024 * 1024)}`
    const diagnosis = diagnoseCustomizationLog(long, { customize: [], validate: [] })
    expect(diagnosis.excerpt).toHaveLength(1)
    expect(diagnosis.excerpt[0]!.length).toBeLessThan(320)
  })

  it('shows at most excerptLines lines', () => {
    const file = 'linux-shell-second-of-three.log'
    const diagnosis = diagnoseCustomizationLog(logOf(file), stepsOf(file), { excerptLines: 3 })
    expect(diagnosis.excerpt).toEqual([
      '|     Reading package lists...',
      '|     Building dependency tree...',
      '| ==> E: Unable to locate package contoso-agent',
    ])
  })
})

describe('parsePackerLine and displayLine', () => {
  it.each([
    [
      '[5d0c] PACKER OUT ==> azure-arm: Provisioning with shell script: /tmp/s',
      '| ==> Provisioning with shell script: /tmp/s',
    ],
    ['PACKER OUT     azure-arm: hello', '|     hello'],
    [
      'PACKER ERR 2026/03/14 09:05:31 packer-provisioner-shell plugin: Opening /tmp/s for reading',
      '| 09:05:31 shell: Opening /tmp/s for reading',
    ],
    [
      'PACKER ERR 2026/03/14 09:05:31 packer-plugin-azure plugin: 2026/03/14 09:05:31 [INFO] Waiting for SSH',
      '| 09:05:31 azure: [INFO] Waiting for SSH',
    ],
    ['[id] PACKER 2023/09/14 19:01:18 ui:     azure-arm: active', '|     active'],
    ['[id] PACKER ==> azure-arm.linux: Deleting', '| ==> Deleting'],
    [
      '<Error><Code>ResourceNotFound</Code></Error>',
      '| <Error><Code>ResourceNotFound</Code></Error>',
    ],
    ['PACKER OUT     azure-arm: ::add-mask::x', '|     ::add-mask::x'],
  ])('%s', (raw, shown) => {
    expect(displayLine(parsePackerLine(raw))).toBe(shown)
  })
})

describe('text from the build VM', () => {
  const log = logOf('linux-shell-second-of-three.log')
  const steps = stepsOf('linux-shell-second-of-three.log')

  it('keeps a carriage return or escape code out of every excerpt line (the runner splits lines at a lone CR)', () => {
    const forged = insertBefore(log, 'Unable to locate package contoso-agent', [
      'PACKER OUT     azure-arm: progress 10%\r::error file=README.md::forged by the VM',
      'PACKER OUT     azure-arm: \u001b[31m##[group]red\u001b[0m\u0007\u0000',
    ])
    const { excerpt } = diagnoseCustomizationLog(forged, steps)
    for (const line of excerpt) {
      expect(line).toMatch(/^\| /)
      // eslint-disable-next-line no-control-regex
      expect(line).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/)
    }
    expect(excerpt).toContain('| ::error file=README.md::forged by the VM')
    expect(excerpt).toContain('|     ##[group]red')
  })

  it('reads a log whose lines end in a lone CR like one whose lines end in LF', () => {
    const lf = diagnoseCustomizationLog(log, steps)
    const cr = diagnoseCustomizationLog(log.replace(/\r?\n/g, '\r'), steps)
    expect(cr).toEqual(lf)
  })
})

function readdirLogs(): string[] {
  return readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.log'))
    .sort()
}

function insertBefore(log: string, needle: string, lines: readonly string[]): string {
  const all = log.split('\n')
  const at = all.findIndex((line) => line.includes(needle))
  if (at < 0) throw new Error(`no line with ${needle}`)
  all.splice(at, 0, ...lines)
  return all.join('\n')
}
