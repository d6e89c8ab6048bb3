// Byte-exact delivery of a file through an inline customizer.
//
// The service hands inline lines to Packer, which joins them into one script run by `/bin/sh -e`
// (PowerShell likewise). Splitting a user's script into lines would change its interpreter and
// break heredocs, bash-isms and non-ASCII text, so instead the lines recreate the file from
// base64, check its sha256 on the VM and only then run it with its own shebang.

/** Base64 characters per inline line; a multiple of 4 so every line decodes on its own. */
const CHUNK = 4096

export interface InlineFile {
  /** File name on the VM (sanitized) and the directory it lands in. */
  readonly name: string
  readonly bytes: Buffer
  readonly sha256: string
}

function chunks(bytes: Buffer): string[] {
  const text = bytes.toString('base64')
  const out: string[] = []
  for (let at = 0; at < text.length; at += CHUNK) out.push(text.slice(at, at + CHUNK))
  return out
}

/** Quotes a value for POSIX sh: safe for any bytes but NUL. */
export function shQuote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`
}

/** Quotes a value as a PowerShell single-quoted string. */
export function psQuote(value: string): string {
  return `'${value.replaceAll("'", "''")}'`
}

export function safeFileName(relPath: string): string {
  const base = relPath.split('/').pop() ?? 'file'
  return base.replace(/[^A-Za-z0-9._-]/g, '_') || 'file'
}

/** sh lines that write `file` to the path held in the shell variable `$f` and verify it. */
export function shWriteFile(file: InlineFile, target: string): string[] {
  return [
    `f=${target}`,
    'mkdir -p "$(dirname "$f")"',
    ': > "$f.b64"',
    ...chunks(file.bytes).map((c) => `printf '%s' '${c}' >> "$f.b64"`),
    'base64 -d "$f.b64" > "$f"',
    'rm -f "$f.b64"',
    `printf '%s  %s\\n' '${file.sha256}' "$f" | sha256sum -c -`,
  ]
}

/** sh lines that recreate a script in a fresh temporary directory, verify it and run it. */
export function shRunFile(file: InlineFile, label: string): string[] {
  return [
    `echo ${shQuote(`[aib] ${label} (sha256 ${file.sha256})`)}`,
    `d="$(mktemp -d)"`,
    ...shWriteFile(file, `"$d"/${shQuote(file.name)}`),
    'chmod +x "$f"',
    // Executing the file lets its shebang choose the interpreter, as Packer does for scripts.
    '"$f"',
    'rm -rf "$d"',
  ]
}

/** PowerShell lines that write `file` to `$f` and verify its hash. */
export function psWriteFile(file: InlineFile, target: string): string[] {
  return [
    `$f = ${target}`,
    'New-Item -ItemType Directory -Force -Path (Split-Path -Parent $f) | Out-Null',
    '$b = [System.Text.StringBuilder]::new()',
    ...chunks(file.bytes).map((c) => `[void]$b.Append('${c}')`),
    '[IO.File]::WriteAllBytes($f, [Convert]::FromBase64String($b.ToString()))',
    '$h = (Get-FileHash -Algorithm SHA256 -LiteralPath $f).Hash',
    `if ($h -ne '${file.sha256}') { throw "sha256 mismatch for $f" }`,
  ]
}

export function psRunFile(file: InlineFile, label: string): string[] {
  return [
    "$ErrorActionPreference = 'Stop'",
    `Write-Output ${psQuote(`[aib] ${label} (sha256 ${file.sha256})`)}`,
    '$d = Join-Path ([IO.Path]::GetTempPath()) ("aib-" + [guid]::NewGuid())',
    ...psWriteFile(file, `Join-Path $d ${psQuote(file.name)}`),
    '$global:LASTEXITCODE = 0',
    '& $f',
    'if ($LASTEXITCODE) { exit $LASTEXITCODE }',
  ]
}
