// Scripted misbehaviour of ARM: outages and the fault queue of the scenario.
import { armError } from './errors.ts'
import type { Answer, Exchange, Reply } from './exchange.ts'
import type { Fault, RequestMatch, Scenario } from './types.ts'

const FAULT_CODES = {
  429: 'TooManyRequests',
  500: 'InternalServerError',
  503: 'ServiceUnavailable',
}

/** ARM's 503 while the scenario's outage lasts (`armDownUntil`) at `now`, else undefined. */
export function outageReply(scenario: Scenario, now: number): Answer | undefined {
  const until = scenario.armDownUntil
  if (until === undefined || now >= until) return undefined
  const message = 'The service is temporarily unavailable. Please try again later.'
  return armError(503, 'ServiceUnavailable', message)
}

/** Remove and return the first fault of `faults` whose `on` matches the request. */
export function takeFault(faults: Fault[], exchange: Exchange): Fault | undefined {
  const index = faults.findIndex((fault) => matches(fault.on, exchange))
  if (index < 0) return undefined
  return faults.splice(index, 1)[0]
}

function matches(on: RequestMatch | undefined, exchange: Exchange): boolean {
  if (on === undefined) return true
  if (on.method !== undefined && on.method.toUpperCase() !== exchange.method) return false
  // search() ignores lastIndex, so a /g or /y pattern matches the same way every time.
  return on.path === undefined || exchange.path.search(on.path) >= 0
}

/**
 * Apply `fault` to the request: `drop` and `truncate` let `processed` run (its side effects
 * happen) and mark its answer; the other kinds answer without processing.
 */
export function applyFault(fault: Fault, processed: () => Reply, exchange: Exchange): Reply {
  switch (fault.kind) {
    case 'drop':
    case 'truncate': {
      const reply = processed()
      return reply === 'reset' ? reply : { ...reply, delivery: fault.kind }
    }
    case 'reset':
      return 'reset'
    case 'error':
      // Real services echo what they were sent: `{authorization}` becomes the request's header.
      return armError(fault.status, fault.code, echo(fault.message, exchange))
    case 'status': {
      const code = FAULT_CODES[fault.status]
      const headers: Record<string, string> =
        fault.retryAfterSeconds === undefined
          ? {}
          : { 'retry-after': String(fault.retryAfterSeconds) }
      const message = `Injected fault: the service answered ${fault.status} ${code}. Please retry the request later.`
      return { ...armError(fault.status, code, message), headers }
    }
  }
}

function echo(message: string, exchange: Exchange): string {
  return message.replaceAll('{authorization}', exchange.headers.authorization ?? '')
}
