// Builds with SharedImage distributors create the gallery image version Image Builder would.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { manualClock } from './clock.ts'
import { startEmulator } from './emulator.ts'
import { compute, galleryId } from './gallery-client.ts'
import {
  accessToken,
  arm,
  finishOperation,
  templateBody,
  templatePath,
  type Json,
  type Result,
} from './test-client.ts'
import { ALL_PHASES } from './scenario.ts'
import type { Emulator } from './types.ts'

// Time moves only when a test advances it: a build ends exactly after its six phases.
const clock = manualClock()
const PHASE_MS = 10
let emulator: Emulator
let token: string
const definition = (name: string) => galleryId('builds', `/images/${name}`)
const linux = {
  osType: 'Linux',
  osState: 'Generalized',
  hyperVGeneration: 'V2',
  identifier: { publisher: 'p', offer: 'o', sku: 's' },
}

beforeAll(async () => {
  emulator = await startEmulator({
    clock,
    scenario: { phaseMs: PHASE_MS, provisionMs: 10, retryAfterSeconds: 0 },
  })
  token = await accessToken(emulator)
  emulator.seedGallery(galleryId('builds'), 'northeurope')
})
afterAll(() => emulator.close())

/** A SharedImage distributor to `image`, with extra fields. */
function shared(image: string, extra: Record<string, Json> = {}): Json {
  return { type: 'SharedImage', runOutputName: 'gallery', galleryImageId: image, ...extra }
}

/**
 * Create template `name` with `distribute` (and source changes), run it, and advance the clock
 * through the build: still running one millisecond before its last phase is up, over right then.
 */
async function build(
  name: string,
  distribute: Json[],
  source: Record<string, Json> = {},
): Promise<{ status: Json; outputs: Json[]; operation: Result }> {
  const body = templateBody()
  body.properties.distribute = distribute
  Object.assign(body.properties.source, source)
  const put = await arm(emulator, token, 'PUT', templatePath(name), body)
  const created = await finishOperation(
    emulator,
    token,
    put.headers.get('azure-asyncoperation') ?? '',
    clock,
  )
  expect(created.body.status).toBe('Succeeded')
  const run = await arm(emulator, token, 'POST', templatePath(name, '/run'))
  expect(run.status).toBe(202)
  const poll = () => arm(emulator, token, 'GET', run.headers.get('azure-asyncoperation') ?? '')
  clock.advance(ALL_PHASES.length * PHASE_MS - 1)
  expect((await poll()).body.status).toBe('InProgress')
  clock.advance(1)
  const operation = await poll()
  expect(operation.body.status).not.toBe('InProgress')
  const template = await arm(emulator, token, 'GET', templatePath(name))
  const outputs = await arm(emulator, token, 'GET', templatePath(name, '/runOutputs'))
  return { status: template.body.properties.lastRunStatus, outputs: outputs.body.value, operation }
}

const resource = (id: string): Json => emulator.galleries.get(id.toLowerCase())

describe('a build distributing to a gallery image definition', () => {
  it('creates the next Latest version of the major and reports it as the run output', async () => {
    emulator.seedGalleryImage(definition('latest'), linux)
    for (const version of ['1.0.0', '1.2.3', '2.0.0']) {
      emulator.seedGalleryImageVersion(`${definition('latest')}/versions/${version}`)
    }
    const { status, outputs } = await build('latest-major', [
      shared(definition('latest'), {
        versioning: { scheme: 'Latest', major: 1 },
        artifactTags: { 'source-tag': 'v1.2.4' },
        excludeFromLatest: true,
      }),
    ])
    expect(status.runState).toBe('Succeeded')
    const versionId = `${definition('latest')}/versions/1.2.4`
    expect(outputs[0].properties.artifactId).toBe(versionId)
    expect(resource(versionId)).toMatchObject({
      id: versionId,
      name: '1.2.4',
      type: 'Microsoft.Compute/galleries/images/versions',
      location: 'northeurope',
      tags: { 'source-tag': 'v1.2.4' },
      properties: {
        provisioningState: 'Succeeded',
        publishingProfile: {
          excludeFromLatest: true,
          replicaCount: 1,
          // Published when the build ended, which is where build() left the clock.
          publishedDate: new Date(clock.now()).toISOString(),
          targetRegions: [
            { name: 'westus', regionalReplicaCount: 1, storageAccountType: 'Standard_LRS' },
          ],
        },
        storageProfile: { source: { id: expect.stringMatching(/\/resourceGroups\/IT_rg_/) } },
      },
    })
    const read = await compute(emulator, token, 'GET', versionId)
    expect(read.body).toEqual(resource(versionId))
  })

  it('numbers after the highest version without major, and by default', async () => {
    const { outputs } = await build('latest-any', [
      shared(definition('latest'), { versioning: { scheme: 'Latest', major: -1 } }),
    ])
    expect(outputs[0].properties.artifactId).toMatch(/\/versions\/2\.0\.1$/)
    const again = await build('latest-default', [shared(definition('latest'))])
    expect(again.outputs[0].properties.artifactId).toMatch(/\/versions\/2\.0\.2$/)
  })

  it('publishes an explicit version id, with replica counts and storage types per region', async () => {
    emulator.seedGalleryImage(definition('explicit'), linux)
    const versionId = `${definition('explicit')}/versions/1.4.2`
    const targetRegions = [
      { name: 'westus', replicaCount: 1 },
      { name: 'eastus2', replicaCount: 2, storageAccountType: 'Standard_ZRS' },
      { name: 'westus3', replicaCount: 3 },
    ]
    const { status, outputs } = await build('explicit', [shared(versionId, { targetRegions })])
    expect(status.runState).toBe('Succeeded')
    expect(outputs[0].properties.artifactId).toBe(versionId)
    expect(resource(versionId).properties.publishingProfile.targetRegions).toEqual([
      { name: 'westus', regionalReplicaCount: 1, storageAccountType: 'Standard_LRS' },
      { name: 'eastus2', regionalReplicaCount: 2, storageAccountType: 'Standard_ZRS' },
      { name: 'westus3', regionalReplicaCount: 3, storageAccountType: 'Standard_LRS' },
    ])
  })

  it('spells the version id as the definition was created, whatever the distributor spelled', async () => {
    const upper = definition('explicit').replace('/galleries/builds/', '/GALLERIES/BUILDS/')
    const { outputs } = await build('casing', [shared(`${upper}/versions/1.4.3`)])
    expect(outputs[0].properties.artifactId).toBe(`${definition('explicit')}/versions/1.4.3`)
  })

  it('takes the Source version of a PlatformImage and honours replicationRegions', async () => {
    emulator.seedGalleryImage(definition('source'), linux)
    const distributor = shared(definition('source'), {
      versioning: { scheme: 'Source' },
      replicationRegions: ['westus', 'eastus'],
      storageAccountType: 'Premium_LRS',
    })
    const { outputs } = await build('source', [distributor], { version: '22.04.202404150' })
    const versionId = `${definition('source')}/versions/22.04.202404150`
    expect(outputs[0].properties.artifactId).toBe(versionId)
    expect(resource(versionId).properties.publishingProfile.targetRegions).toEqual([
      { name: 'westus', regionalReplicaCount: 1, storageAccountType: 'Premium_LRS' },
      { name: 'eastus', regionalReplicaCount: 1, storageAccountType: 'Premium_LRS' },
    ])
  })

  it('gives two distributors to one definition two versions', async () => {
    emulator.seedGalleryImage(definition('twice'), linux)
    const { outputs } = await build('twice', [
      shared(definition('twice')),
      shared(definition('twice'), { runOutputName: 'gallery2' }),
    ])
    const ids = outputs.map((output) => String(output.properties.artifactId))
    expect(ids.map((id) => id.split('/').pop())).toEqual(['0.0.1', '0.0.2'])
  })
})

describe('a build that cannot publish fails at Distributing', () => {
  it('when the definition does not exist, creating nothing', async () => {
    const before = emulator.galleries.size
    const { status, outputs, operation } = await build('missing', [
      { type: 'VHD', runOutputName: 'vhd' },
      shared(definition('absent')),
    ])
    expect(status).toMatchObject({ runState: 'Failed', runSubState: 'Distributing' })
    expect(status.message).toMatch(
      /^Distribution failed for runOutputName 'gallery' \(SharedImage\): the gallery image '.*\/images\/absent' was not found/,
    )
    expect(operation.body).toMatchObject({
      status: 'Failed',
      error: { code: 'InternalOperationError', message: status.message },
    })
    expect(outputs).toEqual([])
    expect(emulator.galleries.size).toBe(before)
  })

  it('when the version already exists', async () => {
    const taken = `${definition('explicit')}/versions/1.4.2`
    const { status } = await build('taken', [shared(taken)])
    expect(status).toMatchObject({ runState: 'Failed', runSubState: 'Distributing' })
    expect(status.message).toContain(`the gallery image version '${taken}' already exists`)
  })

  it('when Source versioning meets a source version that is not x.y.z', async () => {
    const distributor = shared(definition('source'), { versioning: { scheme: 'Source' } })
    const { status } = await build('source-latest', [distributor])
    expect(status.runState).toBe('Failed')
    expect(status.message).toContain("the source version is 'latest'")
  })
})
