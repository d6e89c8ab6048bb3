/** The only API version of Microsoft.VirtualMachineImages the emulator speaks. */
export const API_VERSION = '2025-10-01'

/** Resource type of image templates. */
export const TEMPLATE_TYPE = 'Microsoft.VirtualMachineImages/imageTemplates'

/** Identity of one image template. */
export interface TemplateRef {
  subscriptionId: string
  resourceGroup: string
  name: string
  /** Resource id spelled as the client first spelled it. */
  id: string
  /** Lower-cased id: ARM resource ids are case-insensitive. */
  key: string
}

// Fixed segments match case-insensitively, as ARM does.
const TEMPLATE_ID =
  /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/Microsoft\.VirtualMachineImages\/imageTemplates\/([^/]+)$/i

/** The reference of a template from its parts. */
export function templateRef(
  subscriptionId: string,
  resourceGroup: string,
  name: string,
): TemplateRef {
  const id = `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers/${TEMPLATE_TYPE}/${name}`
  return { subscriptionId, resourceGroup, name, id, key: id.toLowerCase() }
}

/** The reference of a template resource id, or undefined when it is not one. */
export function parseTemplateId(id: string): TemplateRef | undefined {
  const match = TEMPLATE_ID.exec(id)
  if (!match?.[1] || !match[2] || !match[3]) return undefined
  return templateRef(match[1], match[2], match[3])
}
