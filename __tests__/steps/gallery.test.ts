// The gallery preflight through the port: a missing definition is created from the inputs before
// any imageTemplates write, and one that cannot take the image stops the step before it.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startEmulator } from '../emulator/emulator.ts'
import type { Emulator } from '../emulator/types.ts'
import { buildInputs, FAST_SCENARIO, SUBSCRIPTION_ID } from '../harness/run-action.ts'
import { stepRunner, type StepRunner } from '../harness/step-runner.ts'

const GALLERY = `/subscriptions/${SUBSCRIPTION_ID}/resourceGroups/gallery-rg/providers/Microsoft.Compute/galleries/gal_steps`
const definition = (name: string) => `${GALLERY}/images/${name}`

let emulator: Emulator
let steps: StepRunner

beforeAll(async () => {
  emulator = await startEmulator({ scenario: { ...FAST_SCENARIO } })
  emulator.seedGallery(GALLERY, 'northeurope')
  steps = stepRunner(emulator)
})
afterAll(async () => {
  steps.cleanup()
  await emulator.close()
})

const release = (image: string, extra: Record<string, string> = {}) => ({
  ...buildInputs(emulator, `gallery-${image}`),
  source: 'Canonical:ubuntu-24_04-lts:server-gen2:latest',
  'gallery-image': definition(image),
  'gallery-image-version': '2.0.1',
  ...extra,
})
const templateWrites = (name: string) =>
  emulator.writes().filter((r) => r.path.toLowerCase().includes(`/imagetemplates/gallery-${name}`))

describe('gallery preflight, in process', () => {
  it('creates the missing definition first, then builds and publishes the version', async () => {
    const inputs = release('web', {
      'gallery-image-publisher': 'contoso',
      'gallery-image-offer': 'web',
      'gallery-image-sku': 'ubuntu-24-gen2',
    })
    const { io, code } = await steps.runMain(inputs)
    expect(code).toBe(0)
    expect(io.linesOf('info')).toContain(
      `Gallery: creating the gallery image definition "gal_steps/web" in resource group "gallery-rg" in northeurope`,
    )
    const writes = emulator.writes().map((r) => `${r.method} ${r.path}`)
    const definitionPut = writes.findIndex((w) => w.startsWith('PUT') && w.endsWith('/images/web'))
    const templatePut = writes.findIndex(
      (w) => w.startsWith('PUT') && /imageTemplates\/gallery-web$/.test(w),
    )
    expect(definitionPut).toBeGreaterThanOrEqual(0)
    expect(definitionPut).toBeLessThan(templatePut)
    expect(io.outputs['image-id']?.toLowerCase()).toBe(
      `${definition('web')}/versions/2.0.1`.toLowerCase(),
    )
  })

  it('stops before any template write when the definition cannot take the image', async () => {
    emulator.seedGalleryImage(definition('win'), {
      osType: 'Windows',
      osState: 'Generalized',
      hyperVGeneration: 'V2',
      identifier: { publisher: 'contoso', offer: 'images', sku: 'win' },
    })
    const { io, code } = await steps.runMain(release('win'))
    expect(code).toBe(1)
    expect(io.linesOf('error')[0]).toContain('OS type is Windows, but the build produces Linux')
    expect(templateWrites('win')).toEqual([])
  })
})
