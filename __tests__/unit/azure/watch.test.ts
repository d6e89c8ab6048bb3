import { describe, expect, it } from '@jest/globals'
import { createHttpHeaders, createPipelineRequest, RestError } from '@azure/core-rest-pipeline'
import type { ImageTemplate } from '@azure/arm-imagebuilder'
import { azureError } from '../../../src/azure/errors.ts'
import {
  HEARTBEAT_MS,
  newTimeline,
  StatusOutage,
  waitForRun,
  type WatchDeps,
} from '../../../src/azure/watch.ts'

type Status = ImageTemplate['lastRunStatus']

/** A fake clock and a script of template reads: each read returns the next status or throws. */
function scripted(reads: (Status | Error | undefined)[], intervalMs = 15_000, maxFailedReads = 10) {
  let clock = 0
  const logs: string[] = []
  const warnings: string[] = []
  let sleeps = 0
  const deps: WatchDeps = {
    getTemplate: () => {
      const next = reads.shift()
      if (next instanceof Error) return Promise.reject(next)
      return Promise.resolve(
        next === undefined ? undefined : ({ lastRunStatus: next } as ImageTemplate),
      )
    },
    sleep: (ms) => {
      sleeps++
      clock += ms
      return Promise.resolve()
    },
    now: () => clock,
    log: (m) => logs.push(m),
    warn: (m) => warnings.push(m),
    intervalMs,
    maxFailedReads,
    heartbeatMs: HEARTBEAT_MS,
  }
  return { deps, logs, warnings, sleeps: () => sleeps, clock: () => clock }
}

const running = (sub: string): Status => ({ runState: 'Running', runSubState: sub as 'Queued' })

describe('waitForRun', () => {
  it('logs each phase once, with elapsed time, and returns the end state', async () => {
    const { deps, logs, sleeps } = scripted([
      running('Queued'),
      running('Queued'),
      running('Building'),
      running('Customizing'),
      running('Customizing'),
      { runState: 'Succeeded', message: '' },
    ])
    const end = await waitForRun(deps, new AbortController().signal)
    expect(end.runState).toBe('Succeeded')
    expect(logs).toEqual([
      'Build phase: Queued (after 0s)',
      'Build phase: Building (after 30s)',
      'Build phase: Customizing (after 45s)',
      'Build phase: Succeeded (after 1m15s)',
    ])
    expect(end.timeline.phases.map((p) => p.phase)).toEqual([
      'Queued',
      'Building',
      'Customizing',
      'Succeeded',
    ])
    expect(sleeps()).toBe(5)
  })

  it('says a long phase is still going every 5 minutes, and only then', async () => {
    // 60 minutes at a 15 s poll: 4 reads a minute, 45 of them in one Customizing phase.
    const reads: Status[] = [
      ...Array<Status>(20).fill(running('Building')),
      ...Array<Status>(200).fill(running('Customizing')),
      ...Array<Status>(20).fill(running('Distributing')),
      { runState: 'Succeeded', message: '' },
    ]
    const { deps, logs } = scripted(reads)
    const end = await waitForRun(deps, new AbortController().signal)
    const still = logs.filter((l) => l.startsWith('Build still'))
    expect(still[0]).toBe('Build still Customizing for 5m00s (10m00s since the watch started)')
    // 50 minutes of Customizing: a line at 5, 10, … 45 minutes of it, none in the short phases.
    expect(still).toHaveLength(9)
    expect(logs.length).toBeLessThan(15)
    expect(end.timeline).toMatchObject({ startedAt: 0, endedAt: 60 * 60_000 })
  })

  it('fills the timeline it is given, which stays with the caller when the watch is stopped', async () => {
    const timeline = newTimeline(0)
    const stop = new AbortController()
    const { deps } = scripted([running('Building'), running('Customizing'), running('Customizing')])
    const sleep = deps.sleep
    const stopping = {
      ...deps,
      sleep: async (ms: number, signal: AbortSignal) => {
        await sleep(ms, signal)
        if (timeline.phases.length === 2) stop.abort()
      },
    }
    await expect(waitForRun(stopping, stop.signal, timeline)).rejects.toThrow()
    expect(timeline.phases.map((p) => p.phase)).toEqual(['Building', 'Customizing'])
    expect(timeline.endedAt).toBe(30_000)
  })

  it('keeps a phase name from the service to one plain line in the log', async () => {
    const { deps, logs } = scripted([
      running('Customizing\r::error::forged\n'),
      { runState: 'Succeeded', message: '' },
    ])
    await waitForRun(deps, new AbortController().signal)
    expect(logs[0]).toBe('Build phase: Customizing ::error::forged (after 0s)')
  })

  it('keeps time going forward when the wall clock steps back during the watch', async () => {
    const { deps } = scripted([
      running('Queued'),
      running('Building'),
      running('Customizing'),
      { runState: 'Failed', message: '' },
    ])
    // Each poll the clock jumps 10 s back instead of 15 s forward.
    const stepsBack = {
      ...deps,
      sleep: () => Promise.resolve(void (now -= 10_000)),
      now: () => now,
    }
    let now = 100_000
    const end = await waitForRun(stepsBack, new AbortController().signal)
    const at = end.timeline.phases.map((p) => p.atMs)
    expect(at).toEqual([0, 0, 0, 0])
    expect(end.timeline.endedAt).toBe(end.timeline.startedAt)
  })

  it('returns the service message of a failed run', async () => {
    const { deps } = scripted([
      running('Customizing'),
      { runState: 'Failed', message: 'packer failed' },
    ])
    await expect(waitForRun(deps, new AbortController().signal)).resolves.toMatchObject({
      runState: 'Failed',
      message: 'packer failed',
    })
  })

  it('keeps polling through transient errors: a log line each, no warning for a blip', async () => {
    const throttled = new RestError('Too many requests', { statusCode: 429 })
    const unavailable = new RestError('Service unavailable', { statusCode: 503 })
    const { deps, warnings, logs } = scripted([
      running('Building'),
      throttled,
      unavailable,
      { runState: 'Succeeded' },
    ])
    await expect(waitForRun(deps, new AbortController().signal)).resolves.toMatchObject({
      runState: 'Succeeded',
    })
    expect(warnings).toEqual([])
    expect(logs.filter((l) => l.includes('trying again'))).toHaveLength(2)
    expect(logs[1]).toContain('trying again (1/10)')
  })

  it('warns once when failed reads persist', async () => {
    const error = new RestError('down', { statusCode: 503 })
    const { deps, warnings } = scripted([
      ...Array.from({ length: 7 }, () => error),
      { runState: 'Succeeded' },
    ])
    await waitForRun(deps, new AbortController().signal)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain('trying again (5/10)')
  })

  it('treats a truncated body (a parse error on a 200) as transient', async () => {
    const truncated = new RestError(
      'Error "SyntaxError" occurred while parsing the response body',
      {
        code: 'PARSE_ERROR',
        statusCode: 200,
      },
    )
    const { deps } = scripted([truncated, { runState: 'Succeeded' }])
    await expect(waitForRun(deps, new AbortController().signal)).resolves.toMatchObject({
      runState: 'Succeeded',
    })
  })

  it('waits as long as Retry-After asks when that is longer than the interval', async () => {
    const headers = createHttpHeaders({ 'retry-after': '60' })
    const request = createPipelineRequest({ url: 'https://management.azure.com/x' })
    const throttled = new RestError('Too many requests', {
      statusCode: 429,
      response: { headers, request, status: 429 },
    })
    const { deps, clock } = scripted([throttled, { runState: 'Succeeded' }], 1_000)
    await waitForRun(deps, new AbortController().signal)
    expect(clock()).toBe(60_000)
  })

  it('sees through the message azureError() wraps around the SDK error', async () => {
    const reading = (status: number) =>
      azureError('Reading the template', new RestError('busy', { statusCode: status }))
    const { deps, warnings, logs } = scripted([
      reading(503),
      reading(429),
      { runState: 'Succeeded' },
    ])
    await expect(waitForRun(deps, new AbortController().signal)).resolves.toMatchObject({
      runState: 'Succeeded',
    })
    expect(warnings).toHaveLength(0)
    expect(logs.filter((l) => l.includes('trying again'))).toHaveLength(2)
    const forbidden = scripted([reading(403)])
    await expect(waitForRun(forbidden.deps, new AbortController().signal)).rejects.toThrow(
      'Reading the template failed',
    )
  })

  // The tolerance is exact: maxFailedReads failures in a row are ridden out, one more is not.
  it.each([1, 3, 10])('rides out exactly %i failed reads in a row', async (max) => {
    const error = new RestError('down', { statusCode: 500 })
    const failures = Array.from({ length: max }, () => error)
    const { deps } = scripted([...failures, { runState: 'Succeeded' }], 15_000, max)
    await expect(waitForRun(deps, new AbortController().signal)).resolves.toMatchObject({
      runState: 'Succeeded',
    })
  })

  it.each([1, 3, 10])('gives up on failed read %i + 1 with a StatusOutage', async (max) => {
    const error = new RestError('down', { statusCode: 500 })
    const failures = Array.from({ length: max + 1 }, () => error)
    const { deps } = scripted([...failures, { runState: 'Succeeded' }], 15_000, max)
    const outage = waitForRun(deps, new AbortController().signal)
    await expect(outage).rejects.toBeInstanceOf(StatusOutage)
    await expect(outage).rejects.toThrow(`failed ${max + 1} times in a row (last: down)`)
  })

  it('counts failures in a row only: a good read starts the count again', async () => {
    const error = new RestError('down', { statusCode: 500 })
    const three = Array.from({ length: 3 }, () => error)
    const { deps } = scripted(
      [...three, running('Building'), ...three, { runState: 'Succeeded' }],
      1,
      3,
    )
    await expect(waitForRun(deps, new AbortController().signal)).resolves.toMatchObject({
      runState: 'Succeeded',
    })
  })

  it('fails at once on a non-transient error', async () => {
    const { deps } = scripted([new RestError('Forbidden', { statusCode: 403 })])
    await expect(waitForRun(deps, new AbortController().signal)).rejects.toThrow('Forbidden')
  })

  it('fails clearly when the template disappears', async () => {
    const { deps } = scripted([running('Building'), undefined])
    await expect(waitForRun(deps, new AbortController().signal)).rejects.toThrow('disappeared')
  })

  it('stops when the signal is aborted', async () => {
    const controller = new AbortController()
    const { deps } = scripted([running('Building'), running('Building'), running('Building')])
    const aborting = { ...deps, log: () => controller.abort(new Error('cancelled')) }
    await expect(waitForRun(aborting, controller.signal)).rejects.toThrow('cancelled')
  })
})
