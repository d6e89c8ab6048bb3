import { describe, expect, it } from '@jest/globals'
import { serviceProblems } from '../../../src/template-file/service-rules.ts'

const SHA = 'a'.repeat(64)
const base = (extra: Record<string, unknown>) => ({
  source: { type: 'PlatformImage', publisher: 'p', offer: 'o', sku: 's', version: 'latest' },
  distribute: [{ type: 'VHD', runOutputName: 'v' }],
  ...extra,
})

describe('serviceProblems', () => {
  it('accepts a sound template for either OS', () => {
    const properties = base({
      customize: [
        {
          type: 'File',
          name: 'f',
          sourceUri: 'https://x/f',
          destination: '/tmp/f',
          sha256Checksum: SHA,
        },
        {
          type: 'Shell',
          name: 's',
          scriptUri: 'https://x/s.sh',
          sha256Checksum: SHA.toUpperCase(),
        },
      ],
    })
    expect(serviceProblems(properties, 'linux')).toEqual([])
    expect(serviceProblems(properties)).toEqual([])
  })

  it.each([
    ['1.2.3', true],
    ['latest', true],
    ['2024.10.01', true],
    ['Latest', false],
    ['1.2.x', false],
  ])('platform image version %s ok: %s', (version, ok) => {
    const source = { type: 'PlatformImage', version }
    expect(serviceProblems(base({ source }))).toHaveLength(ok ? 0 : 1)
  })

  it.each([
    ['linux', '/tmp/app.conf', undefined],
    ['linux', '/etc/app.conf', 'only write below /tmp/'],
    ['linux', 'C:\\app.conf', 'absolute Linux path'],
    ['windows', 'C:\\app\\app.conf', undefined],
    ['windows', 'd:/app.conf', undefined],
    ['windows', '/tmp/app.conf', 'absolute Windows path'],
    [undefined, 'app.conf', 'must be an absolute path'],
    [undefined, 'C:\\x', undefined],
  ] as const)('%s File destination %s → %s', (os, destination, message) => {
    const customize = [{ type: 'File', sourceUri: 'https://x/f', destination }]
    const problems = serviceProblems(base({ customize }), os)
    expect(problems).toEqual(
      message === undefined
        ? []
        : [
            {
              path: 'properties.customize[0].destination',
              message: expect.stringContaining(message),
            },
          ],
    )
  })

  it('reports OS mismatches only when the OS is known', () => {
    const customize = [
      { type: 'Shell', inline: ['x'] },
      { type: 'PowerShell', inline: ['x'] },
      { type: 'WindowsRestart' },
      { type: 'WindowsUpdate' },
    ]
    expect(serviceProblems(base({ customize }))).toEqual([])
    expect(serviceProblems(base({ customize }), 'windows').map((p) => p.path)).toEqual([
      'properties.customize[0].type',
    ])
    expect(serviceProblems(base({ customize }), 'linux').map((p) => p.path)).toEqual([
      'properties.customize[1].type',
      'properties.customize[2].type',
      'properties.customize[3].type',
    ])
  })

  it('reports every broken rule at once', () => {
    const problems = serviceProblems({
      source: { type: 'ManagedImage', imageId: 'i' },
      customize: [
        { type: 'Shell', name: 'a', scriptUri: 'http://x', inline: ['y'], sha256Checksum: 'zz' },
        { type: 'File', name: 'A' },
      ],
      validate: { inVMValidations: [{ type: 'Shell', name: 'a' }] },
      distribute: [],
      optimize: { workload: { scriptUri: 'ftp://x' } },
    })
    expect(problems).toEqual([
      {
        path: 'properties.customize[1].name',
        message: "'A' is already used by properties.customize[0]",
      },
      { path: 'properties.customize[0]', message: 'needs exactly one of scriptUri or inline' },
      {
        path: 'properties.customize[0].scriptUri',
        message: "must be an https:// URI, got 'http://x'",
      },
      {
        path: 'properties.customize[0].sha256Checksum',
        message: expect.stringContaining('64 hexadecimal'),
      },
      { path: 'properties.customize[1].sourceUri', message: 'is required' },
      { path: 'properties.customize[1].destination', message: 'is required' },
      {
        path: 'properties.validate.inVMValidations[0]',
        message: 'needs exactly one of scriptUri or inline',
      },
      { path: 'properties.distribute', message: 'needs at least one distribution target' },
      {
        path: 'properties.optimize.workload.scriptUri',
        message: "must be an https:// URI, got 'ftp://x'",
      },
    ])
  })
})
