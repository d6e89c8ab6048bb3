// A gallery or managed-image source names no OS: a real run reads the source's record before
// any write, renders again for the source's OS when Linux was only assumed, and refuses steps
// written for the other OS.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startEmulator } from '../emulator/emulator.ts'
import type { Emulator } from '../emulator/types.ts'
import { buildInputs, FAST_SCENARIO, SUBSCRIPTION_ID } from '../harness/run-action.ts'
import { stepRunner, type StepRunner } from '../harness/step-runner.ts'

const GROUP = `/subscriptions/${SUBSCRIPTION_ID}/resourceGroups/base-rg/providers/Microsoft.Compute`
const WINDOWS_DEFINITION = `${GROUP}/galleries/gal/images/win-base`
const WINDOWS_VERSION = `${WINDOWS_DEFINITION}/versions/1.0.0`
const LINUX_IMAGE = `${GROUP}/images/ubuntu-base`

let emulator: Emulator
let steps: StepRunner

beforeAll(async () => {
  emulator = await startEmulator({ scenario: { ...FAST_SCENARIO } })
  emulator.seedGalleryImage(WINDOWS_DEFINITION, {
    osType: 'Windows',
    osState: 'Generalized',
    identifier: { publisher: 'contoso', offer: 'base', sku: 'win' },
  })
  emulator.seedGalleryImageVersion(WINDOWS_VERSION)
  emulator.seedManagedImage(LINUX_IMAGE, 'Linux')
  steps = stepRunner(emulator)
})
afterAll(async () => {
  steps.cleanup()
  await emulator.close()
})

const writesTo = (name: string) =>
  emulator.writes().filter((r) => r.path.toLowerCase().includes(`/imagetemplates/${name}`))

describe('the OS of a gallery or managed-image source', () => {
  it('renders again for Windows when Linux was only assumed', async () => {
    const { io, code } = await steps.runMain({
      ...buildInputs(emulator, 'assumed-win'),
      source: WINDOWS_VERSION,
    })
    expect(code).toBe(0)
    const info = io.linesOf('info').join('\n')
    expect(info).toContain('Rendered linux image template')
    expect(info).toContain(
      'The source is a windows image (gallery image definition "gal/win-base"): rendering the template for windows.',
    )
    const put = writesTo('assumed-win').find((r) => r.method === 'PUT')
    const customize = (put?.body as { properties: { customize: { type: string }[] } }).properties
      .customize
    // The artifacts are copied by a PowerShell step, not a Shell one.
    expect(customize.map((c) => c.type)).toEqual(['PowerShell'])
  })

  it('refuses Linux steps for a Windows source, before any write', async () => {
    const { io, code } = await steps.runMain({
      ...buildInputs(emulator, 'linux-steps'),
      source: WINDOWS_VERSION,
      'customizer-scripts': 'scripts/01-bashisms.sh',
    })
    expect(code).toBe(1)
    expect(io.linesOf('error').join('\n')).toContain(
      'The source is a windows image (gallery image definition "gal/win-base"), but the template\'s steps are for linux.',
    )
    expect(writesTo('linux-steps')).toEqual([])
  })

  it('says so when the record confirms the assumption', async () => {
    const { io, code } = await steps.runMain({
      ...buildInputs(emulator, 'assumed-linux'),
      source: LINUX_IMAGE,
    })
    expect(code).toBe(0)
    expect(io.linesOf('info')).toContain(
      'The source is a linux image (managed image "ubuntu-base").',
    )
    expect(io.linesOf('warning')).toEqual([])
  })
})
