// Gallery image version numbers: major.minor.patch, each an Int32.

/** A parsed version number. */
export type VersionNumber = readonly [number, number, number]

const INT32_MAX = 2147483647

/** The three parts of `name`, or undefined unless it is `^\d+\.\d+\.\d+$` with Int32 parts. */
export function parseVersion(name: string): VersionNumber | undefined {
  if (!/^\d+\.\d+\.\d+$/.test(name)) return undefined
  const parts = name.split('.').map(Number)
  if (parts.some((part) => part > INT32_MAX)) return undefined
  return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0]
}

/** Negative, zero or positive as `a` sorts before, with or after `b`. */
export function compareVersions(a: VersionNumber, b: VersionNumber): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2]
}

/** The message of a 400 for a version name that is not major.minor.patch. */
export function invalidVersionMessage(name: string): string {
  return (
    `The gallery image version name '${name}' is invalid. It must follow the pattern ` +
    'Major(int32).Minor(int32).Patch(int32), for example 1.0.0.'
  )
}

/**
 * The emulator's `Latest` numbering: the highest existing version (among those of `major` when
 * given) with its patch incremented (`1.4.2` → `1.4.3`; a patch at Int32 max rolls into the minor);
 * with no such version, `<major or 0>.0.1`.
 */
export function nextLatestVersion(existing: string[], major: number | undefined): string {
  const candidates = existing
    .map(parseVersion)
    .filter((version): version is VersionNumber => version !== undefined)
    .filter((version) => major === undefined || version[0] === major)
    .sort(compareVersions)
  const highest = candidates.at(-1)
  if (!highest) return `${major ?? 0}.0.1`
  const [a, b, c] = highest
  return c < INT32_MAX ? `${a}.${b}.${c + 1}` : `${a}.${b + 1}.0`
}
