/** SAS signatures (`sig=…`) inside URLs; the runner masks them before anything logs the URL. */
export function sasSignatures(text: string): string[] {
  return [...text.matchAll(/[?&]sig=([^&\s"']+)/gi)].flatMap((m) => {
    const sig = m[1] ?? ''
    const decoded = safeDecode(sig)
    return decoded === sig ? [sig] : [sig, decoded]
  })
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
