import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  psQuote,
  psRunFile,
  psWriteFile,
  safeFileName,
  shQuote,
  shRunFile,
  shWriteFile,
  type InlineFile,
} from '../../../src/template/inline-file.ts'

const CHUNK = 4096

const inlineFile = (bytes: Buffer, name = 'file.bin'): InlineFile => ({
  name,
  bytes,
  sha256: createHash('sha256').update(bytes).digest('hex'),
})

/** Deterministic pseudo-random bytes (xorshift32), so a failure can be reproduced. */
function randomBytes(length: number, seed: number): Buffer {
  const out = Buffer.alloc(length)
  let x = seed >>> 0 || 1
  for (let i = 0; i < length; i++) {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    out[i] = x & 0xff
  }
  return out
}

const ALL_BYTES = Buffer.from(Array.from({ length: 256 }, (_, i) => i))

const SAMPLES: [string, Buffer][] = [
  ['an empty file', Buffer.alloc(0)],
  ['all 256 byte values', ALL_BYTES],
  ['all byte values, reversed and repeated', Buffer.concat([ALL_BYTES.reverse(), ALL_BYTES])],
  ['CRLF line endings', Buffer.from('#!/bin/sh\r\necho hi\r\n\r\n')],
  ['invalid UTF-8', Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xff, 0xfe, 0x00])],
  ['text with quotes and $', Buffer.from(`it's "$HOME" \`id\` \\n %s 'x'\n`)],
  ['exactly one base64 chunk', randomBytes((CHUNK / 4) * 3, 7)],
  ['one byte more than a chunk', randomBytes((CHUNK / 4) * 3 + 1, 8)],
  ['several chunks of random bytes', randomBytes(20_000, 9)],
  ...[1, 2, 3, 4, 5].map((seed): [string, Buffer] => [
    `random bytes #${seed}`,
    randomBytes(seed * 977, seed * 2654435761),
  ]),
]

let counter = 0
/** Runs `lines` joined with '\n' with `/bin/sh -e` in a fresh directory, as Packer would. */
function runSh(lines: string[]): { dir: string; status: number; stdout: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'aib-inline-'))
  const script = path.join(dir, `script-${counter++}.sh`)
  writeFileSync(script, lines.join('\n'))
  try {
    const stdout = execFileSync('/bin/sh', ['-e', script], { cwd: dir, stdio: 'pipe' })
    return { dir, status: 0, stdout: stdout.toString() }
  } catch (e) {
    const failure = e as { status: number | null; stdout: Buffer }
    return { dir, status: failure.status ?? -1, stdout: failure.stdout.toString() }
  }
}

describe('shQuote', () => {
  it('wraps in single quotes and escapes embedded ones', () => {
    expect(shQuote('plain')).toBe("'plain'")
    expect(shQuote("it's")).toBe("'it'\\''s'")
  })

  it.each(["it's", '$HOME `id` "x"', 'a\\b\nnew line', "''", ' spaced  out ', 'ünï'])(
    'round-trips %j through sh',
    (value) => {
      const { status, stdout } = runSh([`printf '%s' ${shQuote(value)}`])
      expect(status).toBe(0)
      expect(stdout).toBe(value)
    },
  )
})

describe('psQuote', () => {
  it('doubles single quotes inside a single-quoted string', () => {
    expect(psQuote('C:\\apps')).toBe("'C:\\apps'")
    expect(psQuote("it's 'x'")).toBe("'it''s ''x'''")
    expect(psQuote('$env:TEMP')).toBe("'$env:TEMP'")
  })
})

describe('safeFileName', () => {
  it.each([
    ['scripts/01-setup.sh', '01-setup.sh'],
    ['deep/dir/My Script (1).ps1', 'My_Script__1_.ps1'],
    ["it's;rm -rf.sh", 'it_s_rm_-rf.sh'],
    ['ünï.sh', '_n_.sh'],
    ['plain', 'plain'],
    ['dir/', 'file'],
    ['', 'file'],
  ])('%j → %j', (relPath, name) => {
    expect(safeFileName(relPath)).toBe(name)
  })
})

describe('shWriteFile', () => {
  it.each(SAMPLES)('recreates %s byte for byte under /bin/sh -e', (_, bytes) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'aib-target-'))
    const target = path.join(dir, "new dir/it's here", 'file.bin')
    const { status } = runSh(shWriteFile(inlineFile(bytes), shQuote(target)))
    expect(status).toBe(0)
    expect(readFileSync(target).equals(bytes)).toBe(true)
  })

  it('keeps every base64 line within one chunk, each decodable on its own', () => {
    const bytes = randomBytes(10_000, 3)
    const chunks = shWriteFile(inlineFile(bytes), "'/tmp/x'")
      .map((line) => /^printf '%s' '([A-Za-z0-9+/=]+)' >> "\$f\.b64"$/.exec(line)?.[1])
      .filter((c) => c !== undefined)
    expect(chunks.length).toBe(Math.ceil(Buffer.from(bytes).toString('base64').length / CHUNK))
    for (const c of chunks.slice(0, -1)) expect(c).toHaveLength(CHUNK)
    expect(Buffer.concat(chunks.map((c) => Buffer.from(c, 'base64'))).equals(bytes)).toBe(true)
  })

  it('fails when the sha256 does not match', () => {
    const bytes = randomBytes(5000, 11)
    const file = {
      ...inlineFile(bytes),
      sha256: createHash('sha256').update('other').digest('hex'),
    }
    const dir = mkdtempSync(path.join(tmpdir(), 'aib-target-'))
    const { status } = runSh([...shWriteFile(file, shQuote(path.join(dir, 'f'))), 'echo reached'])
    expect(status).not.toBe(0)
  })

  it('fails when a base64 chunk was altered', () => {
    const bytes = randomBytes(5000, 12)
    const dir = mkdtempSync(path.join(tmpdir(), 'aib-target-'))
    const lines = shWriteFile(inlineFile(bytes), shQuote(path.join(dir, 'f')))
    const at = lines.findIndex((l) => l.startsWith("printf '%s' '"))
    const line = lines[at]!
    const swapped = line[13] === 'A' ? 'B' : 'A'
    lines[at] = `${line.slice(0, 13)}${swapped}${line.slice(14)}`
    const { status, stdout } = runSh([...lines, 'echo reached'])
    expect(status).not.toBe(0)
    expect(stdout).not.toContain('reached')
  })
})

describe('shRunFile', () => {
  it('verifies and runs a bash script through its shebang', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'aib-run-'))
    const script = [
      '#!/usr/bin/env bash',
      'set -euo pipefail',
      'if [[ "$BASH_VERSION" == *.* ]]; then kind=bash; fi',
      `printf '%s' "$kind" > ${shQuote(path.join(out, 'result'))}`,
      '',
    ].join('\n')
    const file = inlineFile(Buffer.from(script), "it's.sh")
    const { status, stdout } = runSh(shRunFile(file, 'run scripts/check.sh'))
    expect(status).toBe(0)
    expect(readFileSync(path.join(out, 'result'), 'utf8')).toBe('bash')
    expect(stdout).toContain(`[aib] run scripts/check.sh (sha256 ${file.sha256})`)
  })

  it('propagates the exit code of the script', () => {
    const file = inlineFile(Buffer.from('#!/bin/sh\necho before\nexit 3\n'), 'fail.sh')
    const { status, stdout } = runSh([...shRunFile(file, 'run fail.sh'), 'echo after'])
    expect(status).toBe(3)
    expect(stdout).toContain('before')
    expect(stdout).not.toContain('after')
  })

  it('does not run a script whose sha256 does not match', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'aib-run-'))
    const marker = path.join(out, 'ran')
    const file = inlineFile(Buffer.from(`#!/bin/sh\ntouch ${shQuote(marker)}\n`), 'x.sh')
    const { status } = runSh(shRunFile({ ...file, sha256: '0'.repeat(64) }, 'run x.sh'))
    expect(status).not.toBe(0)
    expect(() => readFileSync(marker)).toThrow()
  })
})

describe('psWriteFile and psRunFile', () => {
  const decodedBytes = (lines: string[]): Buffer =>
    Buffer.from(
      lines
        .map((l) => /^\[void\]\$b\.Append\('([A-Za-z0-9+/=]+)'\)$/.exec(l)?.[1])
        .filter((c) => c !== undefined)
        .join(''),
      'base64',
    )

  it.each(SAMPLES)('encodes %s so the chunks decode to the bytes', (_, bytes) => {
    const file = inlineFile(bytes)
    const lines = psWriteFile(file, psQuote('C:\\out\\file.bin'))
    expect(lines[0]).toBe("$f = 'C:\\out\\file.bin'")
    expect(decodedBytes(lines).equals(bytes)).toBe(true)
    expect(lines).toContain(`if ($h -ne '${file.sha256}') { throw "sha256 mismatch for $f" }`)
  })

  it('keeps base64 lines within one chunk', () => {
    const lines = psWriteFile(inlineFile(randomBytes(9000, 5)), "'C:\\x'")
    const appends = lines.filter((l) => l.startsWith('[void]$b.Append('))
    expect(appends).toHaveLength(3)
    for (const l of appends.slice(0, -1))
      expect(l).toHaveLength(CHUNK + "[void]$b.Append('')".length)
  })

  it('writes the bytes, then hashes the written file, in that order', () => {
    const lines = psWriteFile(inlineFile(Buffer.from('x')), "'C:\\x'")
    const write = lines.indexOf(
      '[IO.File]::WriteAllBytes($f, [Convert]::FromBase64String($b.ToString()))',
    )
    const hash = lines.indexOf('$h = (Get-FileHash -Algorithm SHA256 -LiteralPath $f).Hash')
    const check = lines.findIndex((l) => l.startsWith('if ($h -ne '))
    expect(write).toBeGreaterThan(0)
    expect(hash).toBeGreaterThan(write)
    expect(check).toBeGreaterThan(hash)
  })

  it('runs the verified script with & and propagates its exit code', () => {
    const file = inlineFile(Buffer.from("Write-Output 'hi'\r\nexit 3\r\n"), "it's.ps1")
    const lines = psRunFile(file, 'run scripts/it.ps1')
    expect(lines[0]).toBe("$ErrorActionPreference = 'Stop'")
    expect(lines[1]).toBe(`Write-Output '[aib] run scripts/it.ps1 (sha256 ${file.sha256})'`)
    expect(lines).toContain("$f = Join-Path $d 'it''s.ps1'")
    expect(decodedBytes(lines).equals(file.bytes)).toBe(true)
    const check = lines.findIndex((l) => l.includes(file.sha256) && l.startsWith('if ($h -ne'))
    const run = lines.indexOf('& $f')
    expect(check).toBeGreaterThan(0)
    expect(run).toBeGreaterThan(check)
    expect(lines.slice(run - 1)).toEqual([
      '$global:LASTEXITCODE = 0',
      '& $f',
      'if ($LASTEXITCODE) { exit $LASTEXITCODE }',
    ])
  })
})
