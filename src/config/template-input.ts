import {
  TemplateFileError,
  loadTemplateFile,
  type LoadedTemplate,
} from '../template-file/template-file.ts'
import { formatProblem, locationOf, setKey } from '../model/template-problem.ts'
import type { IssueList } from './issues.ts'
import type { InputName } from '../model/names.ts'
import { keyValueLines } from '../model/text.ts'
import { readWorkspaceFile } from './workspace-files.ts'

export interface TemplateFileInput {
  /** Workspace-relative path, as the log and errors show it. */
  readonly relPath: string
  readonly loaded: LoadedTemplate
}

/**
 * `template` + `template-vars`: the user's own template file, loaded and resolved here so that
 * its problems are reported with every other input problem, before any request.
 */
export function parseTemplateInput(
  issues: IssueList,
  read: (name: InputName) => string,
  workspace: string,
  env: NodeJS.ProcessEnv = {},
): TemplateFileInput | undefined {
  const vars = parseVars(issues, read('template-vars'))
  const path = read('template').trim()
  if (path === '') {
    if (Object.keys(vars).length > 0)
      issues.add('template-vars', 'needs `template` (a template file to fill in)')
    return undefined
  }
  const file = readWorkspaceFile(workspace, path)
  if (typeof file === 'string') {
    issues.add('template', file)
    return undefined
  }
  try {
    const pick = read('image-template-name').trim() || undefined
    const deployment = deploymentOf(read, env)
    const loaded = loadTemplateFile(file.bytes, {
      fileName: file.relPath,
      vars,
      pick,
      ...(deployment ? { deployment } : {}),
    })
    return { relPath: file.relPath, loaded }
  } catch (error) {
    if (!(error instanceof TemplateFileError)) throw error
    for (const problem of error.problems)
      issues.add(
        'template',
        formatProblem(file.relPath, problem),
        locationOf(file.relPath, problem),
      )
    return undefined
  }
}

/**
 * Where ARM would deploy the file: the action's subscription and resource group, which
 * resourceId(), subscription() and resourceGroup() in the file refer to. Unknown without both.
 */
function deploymentOf(read: (name: InputName) => string, env: NodeJS.ProcessEnv) {
  const subscriptionId = read('subscription-id').trim() || env.AZURE_SUBSCRIPTION_ID?.trim() || ''
  const resourceGroup = read('resource-group').trim()
  return subscriptionId && resourceGroup ? { subscriptionId, resourceGroup } : undefined
}

function parseVars(issues: IssueList, raw: string): Record<string, string> {
  const { pairs, bad } = keyValueLines(raw)
  for (const line of bad) issues.add('template-vars', `"${line}" is not name=value`)
  const vars: Record<string, string> = {}
  const seen = new Map<string, string>()
  for (const [name, value] of pairs) {
    // Placeholders match names ignoring case, so `Region` and `region` would be one var.
    const earlier = seen.get(name.toLowerCase())
    if (earlier === name) {
      issues.add('template-vars', `${name} is given twice: keep one line`)
      continue
    }
    if (earlier !== undefined) {
      issues.add(
        'template-vars',
        `${earlier} and ${name} differ only in case, and placeholders match names ignoring case: keep one`,
      )
      continue
    }
    seen.set(name.toLowerCase(), name)
    setKey(vars, name, value)
  }
  return vars
}
