import { describe, expect, it } from '@jest/globals'
import type { CustomizerOrigin } from '../../../src/template/customizers.ts'
import { MAX_REQUEST_BYTES, requestSizeProblem } from '../../../src/template/request-size.ts'

const origin = (name: string, from: string): CustomizerOrigin => ({
  name,
  type: 'Shell',
  origin: from,
  bytes: 1,
  sha256: '',
})

/** A body with `count` steps of about `size` bytes each, named `prefix-i`. */
const steps = (prefix: string, count: number, size: number) =>
  Array.from({ length: count }, (_, i) => ({
    type: 'Shell',
    name: `${prefix}-${i}`,
    inline: ['x'.repeat(size)],
  }))

describe('requestSizeProblem', () => {
  it('passes a body of up to 4 MiB', () => {
    const body = { properties: { customize: steps('s', 1, 1000) } }
    expect(requestSizeProblem(body, [])).toBeUndefined()
    const filler = 'x'.repeat(MAX_REQUEST_BYTES - JSON.stringify({ a: '' }).length)
    expect(Buffer.byteLength(JSON.stringify({ a: filler }))).toBe(MAX_REQUEST_BYTES)
    expect(requestSizeProblem({ a: filler }, [])).toBeUndefined()
    expect(requestSizeProblem({ a: `${filler}x` }, [])).toBeDefined()
  })

  it('names customizer-scripts when its customizers make the body too large, with the size', () => {
    const customize = [...steps('file', 2, 100), ...steps('script', 9000, 500)]
    const origins = [
      ...customize.slice(0, 2).map((s) => origin(s.name, 'template image.json')),
      ...customize.slice(2).map((s) => origin(s.name, 'customizer-scripts')),
    ]
    const body = { location: 'eastus2', properties: { customize } }
    const bytes = Buffer.byteLength(JSON.stringify(body))
    const problem = requestSizeProblem(body, origins)
    expect(problem?.input).toBe('customizer-scripts')
    expect(problem?.message).toContain(`the rendered template is ${bytes} bytes (`)
    expect(problem?.message).toContain('more than the 4194304 bytes (4 MiB) ARM accepts')
    expect(problem?.message).toMatch(/; 9000 customizers from `customizer-scripts` take \d+ bytes/)
  })

  it('names validator-scripts when its validators take the most', () => {
    const inVMValidations = steps('check', 5000, 1000)
    const body = { properties: { customize: steps('s', 1, 10), validate: { inVMValidations } } }
    const origins = inVMValidations.map((s) => origin(s.name, 'validator-scripts'))
    const problem = requestSizeProblem(body, origins)
    expect(problem?.input).toBe('validator-scripts')
    expect(problem?.message).toContain('5000 validators from `validator-scripts`')
  })

  it("names template when the template file's own steps are the bulk", () => {
    const customize = steps('file', 10, 500_000)
    const origins = customize.map((s) => origin(s.name, 'template image.json'))
    expect(requestSizeProblem({ properties: { customize } }, origins)?.input).toBe('template')
  })
})
