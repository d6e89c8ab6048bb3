import { InputError, type InputProblem, type SourceLocation } from '../model/errors.ts'
import type { InputName } from '../model/names.ts'

export { InputError, type InputProblem }

/** A boolean input's value (true/yes/1/on, false/no/0/off, any case), or undefined for other text. */
export function booleanWord(raw: string): boolean | undefined {
  const value = raw.trim().toLowerCase()
  if (['true', 'yes', '1', 'on'].includes(value)) return true
  if (['false', 'no', '0', 'off'].includes(value)) return false
  return undefined
}

/** Collects problems while parsing; each helper returns a usable fallback so parsing continues. */
export class IssueList {
  private readonly problems: InputProblem[] = []

  /** `at`: the file position the problem is about, where an annotation shows it. */
  add(input: InputName, message: string, at?: SourceLocation): void {
    this.problems.push(at ? { input, message, at } : { input, message })
  }

  get count(): number {
    return this.problems.length
  }

  has(input: InputName): boolean {
    return this.problems.some((p) => p.input === input)
  }

  boolean(input: InputName, raw: string, fallback: boolean): boolean {
    if (raw.trim() === '') return fallback
    const value = booleanWord(raw)
    if (value !== undefined) return value
    this.add(input, `expected true or false, got "${raw}"`)
    return fallback
  }

  number(
    input: InputName,
    raw: string,
    rule: { fallback: number; min: number; max: number; integer?: boolean },
  ): number {
    const text = raw.trim()
    if (text === '') return rule.fallback
    const value = Number(text)
    const integerOk = !rule.integer || Number.isInteger(value)
    if (!Number.isFinite(value) || !integerOk || value < rule.min || value > rule.max) {
      const kind = rule.integer ? 'a whole number' : 'a number'
      this.add(input, `expected ${kind} from ${rule.min} to ${rule.max}, got "${raw}"`)
      return rule.fallback
    }
    return value
  }

  oneOf<T extends string>(input: InputName, raw: string, allowed: readonly T[], fallback: T): T {
    const text = raw.trim()
    if (text === '') return fallback
    const match = allowed.find((a) => a.toLowerCase() === text.toLowerCase())
    if (match) return match
    this.add(input, `expected one of ${allowed.join(', ')}, got "${raw}"`)
    return fallback
  }

  throwIfAny(): void {
    if (this.problems.length > 0) throw new InputError(this.problems)
  }
}
