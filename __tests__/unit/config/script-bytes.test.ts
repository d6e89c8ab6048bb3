import { describe, expect, it } from '@jest/globals'
import { checkScriptBytes, shebangShell } from '../../../src/config/script-bytes.ts'

const bytes = (text: string): Buffer => Buffer.from(text, 'utf8')
const BOM = '\uFEFF'

describe('checkScriptBytes: Shell scripts', () => {
  it('has nothing to say about an LF script', () => {
    expect(checkScriptBytes(bytes('#!/bin/bash\necho hi\n'), 'shell')).toEqual({
      findings: [],
      allCrlf: false,
    })
  })

  it('fails a CRLF #! line at line 1, at the \\r', () => {
    const { findings, allCrlf } = checkScriptBytes(bytes('#!/bin/bash\r\necho hi\n'), 'shell')
    expect(findings).toEqual([expect.objectContaining({ severity: 'error', line: 1, column: 12 })])
    expect(findings[0]?.message).toMatch(/`#!` line ends with CRLF.*bad interpreter/)
    expect(allCrlf).toBe(false)
  })

  it('reports a CRLF file with a #! line once, at line 1, and marks it all-CRLF', () => {
    const { findings, allCrlf } = checkScriptBytes(
      bytes('#!/usr/bin/env bash\r\nif true; then\r\n  echo\r\nfi\r\n'),
      'shell',
    )
    expect(findings).toEqual([expect.objectContaining({ severity: 'error', line: 1 })])
    expect(allCrlf).toBe(true)
  })

  it('fails a CRLF file without a #! line at its first line', () => {
    const { findings } = checkScriptBytes(bytes('echo a\r\necho b\r\n'), 'shell')
    expect(findings).toEqual([expect.objectContaining({ severity: 'error', line: 1 })])
    expect(findings[0]?.message).toMatch(/every line ends with CRLF/)
  })

  it.each([
    ['one line', '#!/bin/sh\necho a\necho b\r\necho c\n', 3, '1 line ends with CRLF'],
    ['two lines', '#!/bin/sh\necho a\r\necho b\necho c\r\n', 2, '2 lines end with CRLF'],
    ['after a CRLF #! line', '#!/bin/sh\r\necho a\necho b\r\necho c\n', 3, '1 line ends'],
  ])('warns about CRLF on some lines (%s), naming the first', (_, text, line, count) => {
    const findings = checkScriptBytes(bytes(text), 'shell').findings
    const warning = findings.find((f) => f.severity === 'warning')
    expect(warning).toEqual(expect.objectContaining({ line }))
    expect(warning?.message).toContain(count)
    expect(warning?.message).toContain(`the first at line ${line}`)
  })

  it('fails a byte order mark before #! at line 1, column 1', () => {
    const { findings } = checkScriptBytes(bytes(`${BOM}#!/bin/bash\necho hi\n`), 'shell')
    expect(findings).toEqual([expect.objectContaining({ severity: 'error', line: 1, column: 1 })])
    expect(findings[0]?.message).toMatch(/byte order mark before `#!`/)
  })

  it('counts the CRLF column after a byte order mark as an editor shows it', () => {
    const { findings } = checkScriptBytes(bytes(`${BOM}#!/bin/sh\r\necho\n`), 'shell')
    expect(findings.map((f) => [f.line, f.column])).toEqual([
      [1, 1],
      [1, 10],
    ])
  })

  it('warns about a byte order mark in a script without #!', () => {
    const { findings } = checkScriptBytes(bytes(`${BOM}echo hi\n`), 'shell')
    expect(findings).toEqual([expect.objectContaining({ severity: 'warning', line: 1, column: 1 })])
  })
})

describe('checkScriptBytes: other kinds', () => {
  it('only warns about a broken #! line in a copied File, and ignores CRLF elsewhere', () => {
    const crlfShebang = checkScriptBytes(bytes('#!/usr/bin/python3\r\nprint(1)\r\n'), 'file')
    expect(crlfShebang.findings).toEqual([
      expect.objectContaining({ severity: 'warning', line: 1 }),
    ])
    expect(checkScriptBytes(bytes('a,b\r\n1,2\r\n'), 'file').findings).toEqual([])
    expect(checkScriptBytes(bytes(`${BOM}#!/bin/sh\n`), 'file').findings).toEqual([
      expect.objectContaining({ severity: 'warning', line: 1, column: 1 }),
    ])
  })

  it('leaves PowerShell alone: a BOM and CRLF are what Windows expects', () => {
    const text = `${BOM}Write-Output 'hi'\r\nexit 0\r\n`
    expect(checkScriptBytes(bytes(text), 'powershell')).toEqual({ findings: [], allCrlf: false })
  })
})

describe('shebangShell', () => {
  it.each([
    ['#!/bin/bash\n', 'bash'],
    ['#!/usr/bin/bash -e\n', 'bash'],
    ['#! /bin/bash\n', 'bash'],
    ['#!/usr/bin/env bash\n', 'bash'],
    ['#!/usr/bin/env -S bash -euo pipefail\n', 'bash'],
    ['#!/usr/bin/env LC_ALL=C bash\n', 'bash'],
    // env options that take the next word: that word is not the program.
    ['#!/usr/bin/env -u HISTFILE bash\n', 'bash'],
    ['#!/usr/bin/env -C /tmp -i sh\n', 'sh'],
    ['#!/usr/bin/env --unset=X --chdir /tmp bash\n', 'bash'],
    ['#!/usr/bin/env -S bash -e\n', 'bash'],
    ['#!/bin/bash\r\n', 'bash'],
    ['#!/bin/sh\n', 'sh'],
    ['#!/bin/dash\n', 'dash'],
    [`${BOM}#!/bin/sh\n`, 'sh'],
    ['echo no shebang\n', 'none'],
    ['', 'none'],
    ['#!/usr/bin/env python3\n', undefined],
    ['#!/bin/zsh\n', undefined],
    ['#!\n', undefined],
  ])('%j → %s', (text, shell) => {
    expect(shebangShell(bytes(text))).toBe(shell)
  })
})
