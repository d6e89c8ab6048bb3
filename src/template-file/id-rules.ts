// Resource ids inside a template (the file's own or rendered from inputs): each checked for a GUID
// subscription (masked ones such as `24890e81-xxxx-…` included) and the shape its member takes,
// so a bad id fails locally instead of in the service, after a PUT.
import { checkResourceGroupId, checkResourceId } from '../model/id-checks.ts'
import {
  GALLERY_IMAGE_TYPE,
  GALLERY_VERSION_TYPE,
  IDENTITY_TYPE,
  MANAGED_IMAGE_TYPE,
  SUBNET_TYPE,
  type ResourceType,
} from '../model/resource-ids.ts'
import {
  formatPath,
  isRecord,
  records,
  type JsonPath,
  type TemplateProblem,
} from '../model/template-problem.ts'

type Json = Record<string, unknown>
type Check = (id: string) => string | undefined

const typed =
  (type: ResourceType, options: { allowLatest?: boolean } = {}): Check =>
  (id) => {
    const checked = checkResourceId(id, type, options)
    return typeof checked === 'string' ? checked : undefined
  }

const managedImage = typed(MANAGED_IMAGE_TYPE)
const galleryVersion = typed(GALLERY_VERSION_TYPE, { allowLatest: true })
const identity = typed(IDENTITY_TYPE)
const subnet = typed(SUBNET_TYPE)

/** A gallery image definition, or one of its versions (x.y.z). */
const galleryImage: Check = (id) =>
  /\/versions\/[^/]*$/i.test(id.trim())
    ? typed(GALLERY_VERSION_TYPE)(id)
    : typed(GALLERY_IMAGE_TYPE)(id)

const resourceGroup: Check = (id) => {
  const checked = checkResourceGroupId(id)
  return typeof checked === 'string' ? checked : undefined
}

/** Problems of every resource id in the identity and `properties` (wire shape). */
export function idProblems(identityValue: unknown, properties: Json): TemplateProblem[] {
  const problems: TemplateProblem[] = []
  const check = (value: unknown, path: JsonPath, rule: Check): void => {
    const problem = typeof value === 'string' ? rule(value) : undefined
    if (problem) problems.push({ path: formatPath(path), message: problem })
  }
  const identities = isRecord(identityValue) ? identityValue.userAssignedIdentities : undefined
  for (const id of Object.keys(isRecord(identities) ? identities : {})) {
    check(id, ['identity', 'userAssignedIdentities', id], identity)
  }
  const source = isRecord(properties.source) ? properties.source : {}
  check(source.imageId, ['properties', 'source', 'imageId'], managedImage)
  check(source.imageVersionId, ['properties', 'source', 'imageVersionId'], galleryVersion)
  records(properties.distribute).forEach((target, i) => {
    const at = ['properties', 'distribute', i]
    if (target.type === 'ManagedImage') check(target.imageId, [...at, 'imageId'], managedImage)
    check(target.galleryImageId, [...at, 'galleryImageId'], galleryImage)
  })
  const vm = isRecord(properties.vmProfile) ? properties.vmProfile : {}
  const vnet = isRecord(vm.vnetConfig) ? vm.vnetConfig : {}
  check(vnet.subnetId, ['properties', 'vmProfile', 'vnetConfig', 'subnetId'], subnet)
  const vmIdentities = Array.isArray(vm.userAssignedIdentities) ? vm.userAssignedIdentities : []
  vmIdentities.forEach((id, i) =>
    check(id, ['properties', 'vmProfile', 'userAssignedIdentities', i], identity),
  )
  check(properties.stagingResourceGroup, ['properties', 'stagingResourceGroup'], resourceGroup)
  return problems
}
