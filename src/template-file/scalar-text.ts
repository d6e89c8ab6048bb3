// Text that stands for a JSON scalar: a template-var (always text), or a number or boolean a file
// wrote in quotes. One reading for ARM parameter types, placeholders and schema types alike.

/** `text` (trimmed) as a whole number or as true/false in any case; undefined when it is not. */
export function scalarFromText(
  text: string,
  type: 'integer' | 'boolean',
): number | boolean | undefined {
  const trimmed = text.trim()
  if (type === 'integer') return /^-?\d+$/.test(trimmed) ? Number(trimmed) : undefined
  return /^(true|false)$/i.test(trimmed) ? trimmed.toLowerCase() === 'true' : undefined
}
