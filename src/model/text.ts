// Small string parsers shared by the input rules. Pure; no knowledge of input names.

/** Splits a newline list, trimming and dropping blank lines and `#` comments. */
export function lines(raw: string): string[] {
  return raw
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
}

/** Splits a comma or newline separated list. */
export function listItems(raw: string): string[] {
  return lines(raw.replaceAll(',', '\n'))
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export function isGuid(value: string): boolean {
  return GUID.test(value)
}

/** Parses `key=value` lines; returns the pairs and the lines that are not of that form. */
export function keyValueLines(raw: string): { pairs: [string, string][]; bad: string[] } {
  const pairs: [string, string][] = []
  const bad: string[] = []
  for (const line of lines(raw)) {
    const at = line.indexOf('=')
    if (at <= 0) bad.push(line)
    else pairs.push([line.slice(0, at).trim(), line.slice(at + 1).trim()])
  }
  return { pairs, bad }
}

export function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:'
  } catch {
    return false
  }
}
