// Text placeholders: `<name>` (Microsoft quickstarts) and `${name}`, filled from template-vars.
//
// Rules (see also value-resolver.ts):
// - A placeholder name is an identifier: letters, digits, `_`, `-`, `.`, starting with a letter or
//   `_`, and no spaces. So `<<EOF`, `a<b`, `2>&1`, `echo a > b` and `</p>` are never placeholders.
// - Names match template-vars exactly first, else ignoring case: quickstarts mix `<subscriptionID>`
//   and `<subscriptionId>` for the same thing, and ARM itself compares parameter names that way.
// - A known name is replaced everywhere, command fields included. A var's value is inserted as it
//   is and never scanned again, so a value cannot smuggle in another placeholder.
// - An unknown name is an error, except in command fields (inline scripts, restart and Windows
//   Update commands), where `<tag>` and `${HOME}` are ordinary script text.
// - Outside command fields, a whole string like `<path to script>` is a documentation placeholder
//   nobody filled in (it has spaces, so it is not a name) and is an error too.

/** Lower-cased member names whose strings are commands, not data. */
export const COMMAND_KEYS: ReadonlySet<string> = new Set([
  'inline',
  'restartcommand',
  'restartcheckcommand',
  'searchcriteria',
  'filters',
])

/** `<name>` or `${name}`: the name is group 1 or group 2. */
const FORMS = String.raw`<([A-Za-z_][\w.-]*)>|\$\{([A-Za-z_][\w.-]*)\}`
const PLACEHOLDER = new RegExp(FORMS, 'g')
const WHOLE_PLACEHOLDER = new RegExp(`^(?:${FORMS})$`)
const PLACEHOLDER_AT = new RegExp(FORMS, 'y')
const DOC_PLACEHOLDER = /^<[^<>]*\s[^<>]*>$/

/** template-vars with exact-then-case-insensitive lookup. */
export interface VarLookup {
  get(name: string): { name: string; value: string } | undefined
}

export function createVarLookup(vars: Record<string, string>): VarLookup {
  const lower = new Map<string, string>()
  for (const name of Object.keys(vars)) {
    if (!lower.has(name.toLowerCase())) lower.set(name.toLowerCase(), name)
  }
  return {
    get(name) {
      const key = Object.hasOwn(vars, name) ? name : lower.get(name.toLowerCase())
      const value = key === undefined ? undefined : vars[key]
      return key === undefined || value === undefined ? undefined : { name: key, value }
    },
  }
}

export interface Substitution {
  text: string
  /** Placeholders that were filled, as written (`<region>`, `${tag}`). */
  filled: string[]
  /** Placeholders left as they were because no var has that name. */
  unknown: string[]
  /** True when the whole string was one placeholder (its value may then be converted by type). */
  whole: boolean
}

/** Replaces every known placeholder in `text`; reports the ones it could not fill. */
export function substitutePlaceholders(text: string, vars: VarLookup): Substitution {
  const filled: string[] = []
  const unknown: string[] = []
  const replaced = text.replace(PLACEHOLDER, (match: string, angle?: string, dollar?: string) => {
    const found = vars.get(angle ?? dollar ?? '')
    if (!found) {
      unknown.push(match)
      return match
    }
    filled.push(match)
    return found.value
  })
  return { text: replaced, filled, unknown, whole: WHOLE_PLACEHOLDER.test(text) }
}

/** A whole string such as `<path to script>`: a placeholder from the docs that was never filled. */
export function isDocPlaceholder(text: string): boolean {
  return DOC_PLACEHOLDER.test(text)
}

/** The placeholder written at `index` of `text` (`<name>` or `${name}`), if one starts there. */
export function placeholderAt(
  text: string,
  index: number,
): { written: string; name: string } | undefined {
  PLACEHOLDER_AT.lastIndex = index
  const match = PLACEHOLDER_AT.exec(text)
  return match ? { written: match[0], name: match[1] ?? match[2] ?? '' } : undefined
}
