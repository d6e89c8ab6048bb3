// The ARM template functions image templates use besides parameters() and variables(): concat,
// format, toLower/toUpper, and the deployment's own subscription(), resourceGroup() and
// resourceId() (Bicep writes the latter for every reference to a resource). The deployment is the
// one the action makes: the `subscription-id` and `resource-group` inputs. Anything ARM only knows
// at deployment (resourceGroup().location, reference(), guid()…) is reported, not guessed.
import { MAX_EXPANDED_BYTES } from './file-text.ts'
import { resourceId as buildResourceId } from '../model/resource-ids.ts'

/** Longest value concat() or format() may build: ARM's request limit (keeps doubling bounded). */
const MAX_VALUE_CHARS = MAX_EXPANDED_BYTES

/** Raised while parsing or evaluating; the caller attaches the JSON path. */
export class ArmExpressionError extends Error {}

/** Where the template is deployed: the action's subscription and resource group. */
export interface DeploymentScope {
  subscriptionId: string
  resourceGroup: string
}

type ArmFunction = (args: unknown[], deployment: DeploymentScope | undefined) => unknown

const FUNCTIONS: Record<string, ArmFunction> = {
  concat: (args) => concat(args),
  format: (args) => format(args),
  tolower: (args) => text('toLower', args).toLowerCase(),
  toupper: (args) => text('toUpper', args).toUpperCase(),
  subscription: (args, deployment) => subscription(none('subscription', args, deployment)),
  resourcegroup: (args, deployment) => resourceGroup(none('resourceGroup', args, deployment)),
  resourceid: (args, deployment) => resourceId(args, deployment),
}

/** Calls an ARM function by name (case-insensitive); throws ArmExpressionError. */
export function callArmFunction(
  name: string,
  args: unknown[],
  deployment: DeploymentScope | undefined,
): unknown {
  const fn = FUNCTIONS[name.toLowerCase()]
  if (fn) return fn(args, deployment)
  throw new ArmExpressionError(
    `the ARM function ${name}() is not supported here: replace the expression with a value or a template-var`,
  )
}

function concat(args: unknown[]): unknown {
  // ARM's concat joins arrays when given arrays and strings otherwise.
  if (args.length > 0 && args.every(Array.isArray)) {
    const length = args.reduce((sum: number, a) => sum + (a as unknown[]).length, 0)
    if (length > MAX_VALUE_CHARS) throw tooLarge('concat')
    return args.flat()
  }
  const texts = args.map((arg) => scalarText('concat', arg))
  // Variables that concat each other twice double at each step: stop long before the engine does.
  if (texts.reduce((sum, t) => sum + t.length, 0) > MAX_VALUE_CHARS) throw tooLarge('concat')
  return texts.join('')
}

/** .NET composite formatting as ARM does it: `{0}`, `{1}`, and `{{`/`}}` for braces. */
function format(args: unknown[]): string {
  const [pattern, ...values] = args
  if (typeof pattern !== 'string') throw new ArmExpressionError('format() needs a format string')
  const texts = values.map((value) => scalarText('format', value))
  const result = pattern.replace(/\{\{|\}\}|\{(\d+)\}/g, (match: string, index?: string) => {
    if (index === undefined) return match[0] ?? ''
    const value = texts[Number(index)]
    if (value === undefined) throw new ArmExpressionError(`format() has no argument {${index}}`)
    return value
  })
  if (result.length > MAX_VALUE_CHARS) throw tooLarge('format')
  return result
}

function scalarText(fn: string, value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return String(value)
  }
  throw new ArmExpressionError(`${fn}() of strings cannot take an object or array`)
}

function text(fn: string, args: unknown[]): string {
  const [value] = args
  if (args.length !== 1 || typeof value !== 'string') {
    throw new ArmExpressionError(`${fn}() takes one string argument`)
  }
  return value
}

const tooLarge = (fn: string): ArmExpressionError =>
  new ArmExpressionError(
    `${fn}() builds a value of more than ${MAX_VALUE_CHARS / 1024 / 1024} MiB, more than ARM accepts in one request`,
  )

/** The deployment, for a function that takes no arguments. */
function none(fn: string, args: unknown[], deployment: DeploymentScope | undefined) {
  if (args.length > 0) {
    throw new ArmExpressionError(`${fn}() with arguments is not supported here: write the value`)
  }
  return known(fn, deployment)
}

function known(fn: string, deployment: DeploymentScope | undefined): DeploymentScope {
  if (deployment) return deployment
  throw new ArmExpressionError(
    `${fn}() needs the deployment's subscription and resource group (inputs subscription-id and resource-group)`,
  )
}

function subscription({ subscriptionId }: DeploymentScope): Record<string, unknown> {
  return { id: `/subscriptions/${subscriptionId}`, subscriptionId }
}

function resourceGroup({ subscriptionId, resourceGroup: name }: DeploymentScope) {
  const group: Record<string, unknown> = {
    id: `/subscriptions/${subscriptionId}/resourceGroups/${name}`,
    name,
  }
  // Only ARM knows the group's region, at deployment time: the parameter must be given instead.
  Object.defineProperty(group, 'location', {
    enumerable: false,
    get() {
      throw new ArmExpressionError(
        'resourceGroup().location is known only to ARM at deployment: give the parameter that uses it as a template-var (location=…)',
      )
    },
  })
  return group
}

/**
 * `resourceId([subscriptionId], [resourceGroupName], type, name1, [name2]…)`: the first argument
 * holding a `/` is the type; before it, an optional resource group and subscription.
 */
function resourceId(args: unknown[], deployment: DeploymentScope | undefined): string {
  const texts = args.map((arg) => scalarText('resourceId', arg))
  const at = texts.findIndex((t) => t.includes('/'))
  const [provider, ...types] = (texts[at] ?? '').split('/')
  const names = texts.slice(at + 1)
  const scope = texts.slice(0, Math.max(at, 0))
  if (at < 0 || scope.length > 2 || types.length !== names.length) {
    throw new ArmExpressionError(
      'resourceId() needs a resource type (Provider/type) and one name per type segment',
    )
  }
  const [subscriptionId, group] = scopeOf(scope, deployment)
  const path = types.map((t, i) => `${t}/${names[i] ?? ''}`).join('/')
  return buildResourceId(subscriptionId, group, provider ?? '', path)
}

/** Subscription and resource group of resourceId(): given, or the deployment's. */
function scopeOf(given: string[], deployment: DeploymentScope | undefined): [string, string] {
  const [first = '', second = ''] = given
  if (given.length === 2) return [first, second]
  const base = known('resourceId', deployment)
  return [base.subscriptionId, given.length === 1 ? first : base.resourceGroup]
}
