import { describe, expect, it } from '@jest/globals'
import { InputError, IssueList } from '../../../src/config/issues.ts'

describe('IssueList.boolean', () => {
  it.each([
    ['true', true],
    ['TRUE', true],
    [' yes ', true],
    ['1', true],
    ['on', true],
    ['false', false],
    ['No', false],
    ['0', false],
    ['off', false],
  ])('reads %j as %s', (raw, expected) => {
    const issues = new IssueList()
    expect(issues.boolean('wait', raw, !expected)).toBe(expected)
    expect(issues.count).toBe(0)
  })

  it('returns the fallback for an empty value without a problem', () => {
    const issues = new IssueList()
    expect(issues.boolean('wait', '  ', true)).toBe(true)
    expect(issues.boolean('dry-run', '', false)).toBe(false)
    expect(issues.count).toBe(0)
  })

  it('records a problem and returns the fallback for anything else', () => {
    const issues = new IssueList()
    expect(issues.boolean('wait', 'maybe', true)).toBe(true)
    expect(issues.has('wait')).toBe(true)
    expect(issues.has('dry-run')).toBe(false)
    expect(() => issues.throwIfAny()).toThrow('- `wait`: expected true or false, got "maybe"')
  })
})

describe('IssueList.number', () => {
  const rule = { fallback: 15, min: 1, max: 60 }

  it('parses numbers within the range, fractions included', () => {
    const issues = new IssueList()
    expect(issues.number('poll-interval-seconds', ' 30 ', rule)).toBe(30)
    expect(issues.number('poll-interval-seconds', '1.5', rule)).toBe(1.5)
    expect(issues.number('poll-interval-seconds', '60', rule)).toBe(60)
    expect(issues.number('poll-interval-seconds', '', rule)).toBe(15)
    expect(issues.count).toBe(0)
  })

  it.each(['0', '61', 'abc', 'Infinity', 'NaN', '-5'])('rejects %j and falls back', (raw) => {
    const issues = new IssueList()
    expect(issues.number('poll-interval-seconds', raw, rule)).toBe(15)
    expect(() => issues.throwIfAny()).toThrow(
      `- \`poll-interval-seconds\`: expected a number from 1 to 60, got "${raw}"`,
    )
  })

  it('rejects fractions when a whole number is required', () => {
    const issues = new IssueList()
    const integer = { fallback: 240, min: 1, max: 960, integer: true }
    expect(issues.number('build-timeout-minutes', '90', integer)).toBe(90)
    expect(issues.number('build-timeout-minutes', '90.5', integer)).toBe(240)
    expect(() => issues.throwIfAny()).toThrow('expected a whole number from 1 to 960, got "90.5"')
  })
})

describe('IssueList.oneOf', () => {
  const modes = ['always', 'on-success', 'never'] as const

  it('matches case-insensitively and returns the canonical spelling', () => {
    const issues = new IssueList()
    expect(issues.oneOf('cleanup', 'NEVER', modes, 'on-success')).toBe('never')
    expect(issues.oneOf('cleanup', ' Always ', modes, 'on-success')).toBe('always')
    expect(issues.oneOf('cleanup', '', modes, 'on-success')).toBe('on-success')
    expect(issues.count).toBe(0)
  })

  it('lists the allowed values when nothing matches', () => {
    const issues = new IssueList()
    expect(issues.oneOf('cleanup', 'sometimes', modes, 'on-success')).toBe('on-success')
    expect(() => issues.throwIfAny()).toThrow(
      '- `cleanup`: expected one of always, on-success, never, got "sometimes"',
    )
  })
})

describe('InputError', () => {
  it('does not throw when there is no problem', () => {
    expect(() => new IssueList().throwIfAny()).not.toThrow()
  })

  it('says "1 input is invalid" for a single problem', () => {
    const issues = new IssueList()
    issues.add('location', 'is required')
    let error: unknown
    try {
      issues.throwIfAny()
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).name).toBe('InputError')
    expect((error as InputError).message).toBe('1 input is invalid:\n- `location`: is required')
  })

  it('lists every problem in order, one line each', () => {
    const error = new InputError([
      { input: 'location', message: 'is required' },
      { input: 'source', message: 'bad source' },
      { input: 'location', message: 'again' },
    ])
    expect(error.message).toBe(
      [
        '3 problems in 2 inputs:',
        '- `location`: is required',
        '- `source`: bad source',
        '- `location`: again',
      ].join('\n'),
    )
    expect(error.problems.map((p) => p.input)).toEqual(['location', 'source', 'location'])
  })
})
