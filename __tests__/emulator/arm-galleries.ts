// ARM routes of Microsoft.Compute galleries, image definitions and image versions.
import { handleManagedImage, isManagedImagePath } from './managed-images.ts'
import { methodNotAllowed } from './arm-image-templates.ts'
import type { EmulatorContext } from './context.ts'
import { checkApiVersion, routeNotFound } from './errors.ts'
import type { Answer, Exchange, Reply } from './exchange.ts'
import { COMPUTE_API_VERSIONS, parseGalleryPath, type GalleryRef } from './gallery-ids.ts'
import { galleryNotFound, putGallery, putImage, putVersion } from './gallery-writes.ts'
import { compareVersions, parseVersion } from './gallery-versions.ts'
import { operationStatusReply } from './lro.ts'

const CAPS_OPERATION =
  /^\/subscriptions\/[^/]+\/providers\/Microsoft\.Compute\/locations\/[^/]+\/capsOperations\/([^/]+)$/i

/** A Microsoft.Compute request, after faults and authentication: api-version, then routing. */
export function handleCompute(exchange: Exchange, context: EmulatorContext): Reply {
  // Managed images are another operation group of the Compute SDK, with its own api-version.
  if (isManagedImagePath(exchange.path)) return handleManagedImage(exchange, context.managedImages)
  const apiVersion = checkApiVersion(exchange.query['api-version'], COMPUTE_API_VERSIONS)
  if (typeof apiVersion !== 'string') return apiVersion
  context.galleries.tick()
  const operation = CAPS_OPERATION.exec(exchange.path)?.[1]
  if (operation !== undefined) return capsOperation(exchange, context, operation)
  const target = parseGalleryPath(exchange.path)
  if (!target) return routeNotFound(exchange.method, exchange.path)
  if (target.collection) return listChildren(exchange, context, target.ref)
  return handleResource(exchange, context, target.ref, apiVersion)
}

function handleResource(
  exchange: Exchange,
  context: EmulatorContext,
  ref: GalleryRef,
  apiVersion: string,
): Reply {
  if (exchange.method === 'GET') return getResource(context, ref)
  if (exchange.method !== 'PUT') return methodNotAllowed(exchange)
  const write = { exchange, context, ref, apiVersion }
  if (ref.kind === 'gallery') return putGallery(write)
  return ref.kind === 'image' ? putImage(write) : putVersion(write)
}

function getResource(context: EmulatorContext, ref: GalleryRef): Answer {
  const record = context.galleries.get(ref)
  return record ? { status: 200, body: record.resource } : galleryNotFound(context, ref)
}

// GET `…/galleries/{g}/images` and `…/images/{i}/versions`: `{value: [...]}`, versions in order.
function listChildren(exchange: Exchange, context: EmulatorContext, ref: GalleryRef): Reply {
  if (exchange.method !== 'GET') return methodNotAllowed(exchange)
  if (!context.galleries.get(ref)) return galleryNotFound(context, ref)
  const children = context.galleries.children(ref).map((record) => record.resource)
  if (ref.kind === 'image') {
    children.sort((a, b) => {
      const [x, y] = [parseVersion(a.name), parseVersion(b.name)]
      return x && y ? compareVersions(x, y) : a.name.localeCompare(b.name)
    })
  }
  return { status: 200, body: { value: children } }
}

function capsOperation(exchange: Exchange, context: EmulatorContext, name: string): Reply {
  const operation = context.operations.get(name)
  if (exchange.method !== 'GET' || !operation?.compute) {
    return routeNotFound(exchange.method, exchange.path)
  }
  return operationStatusReply(operation, context.scenario.retryAfterSeconds)
}
