// PUT of galleries, image definitions and image versions; the Compute provider's 404s.
import type { EmulatorContext } from './context.ts'
import { armError } from './errors.ts'
import { isRecord, type Answer, type Exchange } from './exchange.ts'
import { parentOf, typeOf, type GalleryRef } from './gallery-ids.ts'
import { galleryResource, resourceOf, versionResource } from './gallery-resources.ts'
import type { GalleryResource } from './gallery-store.ts'
import {
  checkEnvelope,
  checkName,
  checkImageLocation,
  immutableChange,
  invalidParameter,
  isProblem,
  normalizeImage,
  type GalleryProblem,
} from './gallery-validation.ts'
import { invalidVersionMessage, parseVersion } from './gallery-versions.ts'
import { pollingHeaders } from './lro.ts'

/** One PUT request aimed at a gallery resource. */
export interface GalleryWrite {
  exchange: Exchange
  context: EmulatorContext
  ref: GalleryRef
  apiVersion: string
}

/** PUT `…/galleries/{g}`: create (201) or update the description and tags (200). */
export function putGallery(write: GalleryWrite): Answer {
  const body = write.exchange.body
  const problem = checkName(write.ref) ?? checkEnvelope(body)
  if (problem || !isRecord(body)) return problemAnswer(problem)
  return accept(write, galleryResource(storedRef(write), body))
}

/** PUT `…/images/{i}`: create or update a definition; identity properties are immutable. */
export function putImage(write: GalleryWrite): Answer {
  const { exchange, context, ref } = write
  const body = exchange.body
  const problem = checkName(ref) ?? checkEnvelope(body) ?? missingParent(context, ref, 'write')
  if (problem || !isRecord(body)) return problemAnswer(problem)
  const properties = normalizeImage(body)
  if (isProblem(properties)) return problemAnswer(properties)
  const location = String(body.location)
  const conflict = imageConflict(context, ref, location, properties)
  if (conflict) return problemAnswer(conflict)
  return accept(write, resourceOf(storedRef(write), location, properties, body.tags))
}

// A definition lives in its gallery's region and keeps its identity across updates.
function imageConflict(
  context: EmulatorContext,
  ref: GalleryRef,
  location: string,
  properties: Record<string, unknown>,
): GalleryProblem | undefined {
  const gallery = context.galleries.get(parentOf(ref) ?? ref)?.resource
  const current = context.galleries.get(ref)?.resource.properties
  return (
    checkImageLocation(gallery?.location, location) ??
    (current ? immutableChange(current, properties) : undefined)
  )
}

/** PUT `…/versions/{v}`: minimal, for tests that publish versions themselves. */
export function putVersion(write: GalleryWrite): Answer {
  const { exchange, context, ref } = write
  const body = exchange.body
  const name = ref.names[2] ?? ''
  const problem =
    (parseVersion(name)
      ? undefined
      : invalidParameter(invalidVersionMessage(name), 'galleryImageVersionName')) ??
    checkEnvelope(body) ??
    missingParent(context, ref, 'write')
  if (problem || !isRecord(body)) return problemAnswer(problem)
  const resource = versionResource(
    storedRef(write),
    String(body.location),
    body,
    context.clock.now(),
  )
  return accept(write, resource)
}

/** 404 for a missing resource: ParentResourceNotFound while an ancestor is missing. */
export function galleryNotFound(context: EmulatorContext, ref: GalleryRef): Answer {
  const parent = missingParent(context, ref, 'read')
  if (parent) return problemAnswer(parent)
  return armError(
    404,
    'ResourceNotFound',
    `The Resource '${typeOf(ref).split('/')[0]}/${pathOf(ref)}' under resource group ` +
      `'${ref.resourceGroup}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`,
  )
}

// The first missing ancestor, from the gallery down, as ARM reports it.
function missingParent(
  context: EmulatorContext,
  ref: GalleryRef,
  access: 'read' | 'write',
): GalleryProblem | undefined {
  const ancestors: GalleryRef[] = []
  for (let parent = parentOf(ref); parent; parent = parentOf(parent)) ancestors.unshift(parent)
  const absent = ancestors.find((ancestor) => !context.galleries.get(ancestor))
  if (!absent) return undefined
  const message =
    access === 'read'
      ? `Can not perform requested operation on nested resource. Parent resource '${absent.names.join('/')}' not found.`
      : `Failed to perform 'write' on resource(s) of type '${typeOf(ref).replace('Microsoft.Compute/', '')}', ` +
        `because the parent resource '${absent.id}' could not be found.`
  return { status: 404, code: 'ParentResourceNotFound', message }
}

// `galleries/g/images/i` for the ResourceNotFound message.
function pathOf(ref: GalleryRef): string {
  const segments = ['galleries', 'images', 'versions']
  return ref.names.map((name, index) => `${segments[index] ?? ''}/${name}`).join('/')
}

// An update keeps the id the resource was created with; ARM ids are case-insensitive.
function storedRef(write: GalleryWrite): GalleryRef {
  return write.context.galleries.get(write.ref)?.ref ?? write.ref
}

// Store the resource as provisioning; 201 with Azure-AsyncOperation, or 200 for an update.
function accept(write: GalleryWrite, resource: GalleryResource): Answer {
  const { context, ref, apiVersion } = write
  const existed = context.galleries.get(ref) !== undefined
  const operation = context.operations.start(ref.subscriptionId, resource.location, { apiVersion })
  const record = context.galleries.put(storedRef(write), resource, operation.name)
  const style = { asyncOperation: true, location: false }
  const headers = pollingHeaders(context.url, operation, style, context.scenario.retryAfterSeconds)
  return { status: existed ? 200 : 201, headers, body: structuredClone(record.resource) }
}

function problemAnswer(problem: GalleryProblem | undefined): Answer {
  if (!problem) return armError(400, 'InvalidParameter', 'The request body must be a JSON object.')
  return armError(problem.status, problem.code, problem.message, problem.target)
}
