import { OIDC_PATH } from './github-oidc.ts'
import { GITHUB_API_PREFIX } from './github-store.ts'
import { isArmPath } from './arm.ts'
import { parseTemplateId, type TemplateRef } from './resource-id.ts'
import { seedGallery, seedGalleryImage, seedGalleryImageVersion } from './gallery-seed.ts'
import { wallClock } from './clock.ts'
import { createScenario } from './scenario.ts'
import { listen, loadCertificate, type RunningServer } from './server.ts'
import type { Emulator, EmulatorOptions, RecordedRequest } from './types.ts'

export type * from './types.ts'
export { manualClock, wallClock, type ManualClock } from './clock.ts'

const WRITE_METHODS = new Set(['PUT', 'POST', 'PATCH', 'DELETE'])

/** Start the HTTPS emulator of GitHub OIDC, Entra ID and ARM imageTemplates on a free port. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const certificate = await loadCertificate(options.certDir)
  const scenario = createScenario(options.scenario)
  const clock = options.clock ?? wallClock
  const running = await listen(certificate.cert, certificate.key, scenario, clock)
  const { context, requests } = running
  const port = Number(new URL(context.url).port)
  return {
    url: context.url,
    port,
    caPath: certificate.certPath,
    oidcRequestUrl: `${context.url}${OIDC_PATH}?api-version=2.0`,
    oidcRequestToken: context.oidcRequestToken,
    clientSecret: context.clientSecret,
    scenario,
    requests,
    clock,
    tick: () => running.tick(),
    writes: () => requests.filter(isWrite),
    templates: context.store.templates,
    issuedSecrets: () => context.tokens.issued(),
    downloadsOf: (id) => context.store.downloadsOf(templateRefOf(id, 'downloadsOf')),
    storageReads: context.storage.reads,
    storageSettled: () => context.storage.settled(),
    customizationLogOf: (id) =>
      context.staging.lastLogOf(templateRefOf(id, 'customizationLogOf').key),
    seedTemplate: (id, body, runState) => seedTemplate(running, id, body, runState),
    galleries: context.galleries.resources,
    seedStorageAccount: (id, blobEndpoint) =>
      void context.storageAccounts.set(id.toLowerCase(), blobEndpoint),
    seedManagedImage: (id, osType) => void context.managedImages.set(id.toLowerCase(), osType),
    seedGallery: (id, location, properties) =>
      seedGallery(context.galleries, id, location, properties),
    seedGalleryImage: (id, properties, location) =>
      seedGalleryImage(context.galleries, id, properties, location),
    seedGalleryImageVersion: (id, properties, tags) =>
      seedGalleryImageVersion(context.galleries, id, properties, tags),
    githubApiUrl: `${context.url}${GITHUB_API_PREFIX}`,
    githubToken: context.github.token,
    githubReadOnlyToken: context.github.readOnlyToken,
    issueComments: (owner, repo, number) =>
      structuredClone(context.github.list(owner, repo, number)),
    seedIssueComments: (owner, repo, number, bodies) => {
      const texts = typeof bodies === 'number' ? fillerComments(bodies) : bodies
      return texts.map((text) => context.github.add(owner, repo, number, text, true))
    },
    close: () => running.close(),
  }
}

function fillerComments(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `Seeded comment ${i + 1}`)
}

function isWrite(request: RecordedRequest): boolean {
  return isArmPath(request.path) && WRITE_METHODS.has(request.method)
}

function seedTemplate(
  running: RunningServer,
  id: string,
  body: object,
  runState?: 'Running' | 'Succeeded' | 'Failed',
): void {
  const ref = templateRefOf(id, 'seedTemplate')
  running.context.store.seed(ref, body as Record<string, unknown>, runState)
}

function templateRefOf(id: string, caller: string): TemplateRef {
  const ref = parseTemplateId(id)
  if (!ref) throw new Error(`${caller}: '${id}' is not an image template resource id`)
  return ref
}
