import { parseAuth, parseCloud } from './auth.ts'
import {
  checkResourceGroup,
  checkSubscription,
  parsePolicy,
  parseTemplateName,
  rawInputs,
  type Reader,
} from './inputs.ts'
import { IssueList } from './issues.ts'
import { jobKey, ownerOf } from '../model/run-context.ts'
import { resourceId } from '../model/resource-ids.ts'
import type { CleanupTarget } from '../model/types.ts'
import type { Config } from './types.ts'

/**
 * Post without saved state (main was killed before it saved anything): the template is found
 * again from the inputs that name it and sign in, never from workspace files, which a later
 * step may have changed. Undefined when those inputs cannot name a template (then main could
 * not have created one either) or in a dry run.
 */
export function parseCleanupTarget(
  read: Reader,
  env: NodeJS.ProcessEnv,
): CleanupTarget | undefined {
  const issues = new IssueList()
  if (issues.boolean('dry-run', read('dry-run'), false)) return undefined
  if (issues.boolean('resume', read('resume'), false)) return undefined
  const key = jobKey(env, rawInputs(read))
  const subscription = read('subscription-id').trim() || env.AZURE_SUBSCRIPTION_ID?.trim() || ''
  const target: CleanupTarget = {
    cloud: parseCloud(issues, read),
    auth: parseAuth(issues, read, env, false),
    subscriptionId: checkSubscription(issues, subscription),
    resourceGroup: checkResourceGroup(issues, read('resource-group').trim()),
    templateName: parseTemplateName(issues, read, env, false, key),
    owner: ownerOf(env, key),
    ...pick(parsePolicy(issues, read, false, false)),
  }
  return issues.count > 0 ? undefined : target
}

const pick = ({ cleanup, pollMs }: { cleanup: CleanupTarget['cleanup']; pollMs: number }) => ({
  cleanup,
  pollMs,
})

/** What post needs of a parsed Config: saved by main before its first write. */
export function cleanupTargetOf(config: Config): CleanupTarget {
  const { cloud, auth, subscriptionId, resourceGroup, templateName, owner, cleanup, pollMs } =
    config
  return { cloud, auth, subscriptionId, resourceGroup, templateName, owner, cleanup, pollMs }
}

/** The template's resource id, for messages and the `az` commands that remove it. */
export function templateIdOf(
  target: Pick<CleanupTarget, 'subscriptionId' | 'resourceGroup' | 'templateName'>,
): string {
  const path = `imageTemplates/${target.templateName}`
  return resourceId(
    target.subscriptionId,
    target.resourceGroup,
    'Microsoft.VirtualMachineImages',
    path,
  )
}
