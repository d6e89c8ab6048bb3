// The layer rules must bite: a file that imports upward or sideways fails `npm run lint`. Each
// fixture is written into the folder it tests (rules apply by path), linted, and removed.
import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')
const RULE = '@typescript-eslint/no-restricted-imports'

/** folder → an import it must not make (upward, sideways, or the toolkit/SDK at runtime). */
const FORBIDDEN: readonly (readonly [string, string])[] = [
  ['model', "import { parseConfig } from '../config/inputs.ts'"],
  ['config', "import { createImageBuilderClient } from '../azure/clients.ts'"],
  ['config', "import { renderTemplate } from '../template/render.ts'"],
  ['template-file', "import { parseConfig } from '../config/inputs.ts'"],
  ['template', "import { runMain } from '../steps/main.ts'"],
  ['azure', "import { renderTemplate } from '../template/render.ts'"],
  ['runner', "import { writeSummary } from '../report/publish.ts'"],
  ['report', "import { runBuild } from '../steps/build.ts'"],
  ['config', "import * as core from '@actions/core'"],
  ['template', "import { ImageBuilderClient } from '@azure/arm-imagebuilder'"],
  ['github', "import { parseConfig } from '../config/inputs.ts'"],
  ['github', "import * as core from '@actions/core'"],
  ['report', "import { getOctokit } from '@actions/github'"],
]

/** Imports that the same rules allow (the check above is not "everything fails"). */
const ALLOWED: readonly (readonly [string, string])[] = [
  ['config', "import { isGuid } from '../model/text.ts'"],
  ['template', "import type { ImageTemplate } from '@azure/arm-imagebuilder'"],
  ['steps', "import { renderTemplate } from '../template/render.ts'"],
  ['github', "import { getOctokit } from '@actions/github'"],
  ['github', "import { isGuid } from '../model/text.ts'"],
  ['steps', "import { commentMarker } from '../github/pr-comment.ts'"],
]

const written: string[] = []
afterAll(() => {
  for (const file of written) rmSync(file, { force: true })
})

function fixture(folder: string, index: number, line: string): string {
  const file = path.join(root, 'src', folder, `layer-fixture-${index}.ts`)
  writeFileSync(
    file,
    `${line}\nexport const used = [${line.match(/\{ (?:type )?(\w+)/)?.[1] ?? 'core'}]\n`,
  )
  written.push(file)
  return file
}

interface LintResult {
  filePath: string
  messages: { ruleId: string | null; message: string }[]
}

function lint(files: string[]): LintResult[] {
  try {
    const out = execFileSync('npx', ['eslint', '--format', 'json', ...files], { cwd: root })
    return JSON.parse(out.toString()) as LintResult[]
  } catch (error) {
    const stdout = (error as { stdout?: Buffer }).stdout?.toString() ?? '[]'
    return JSON.parse(stdout) as LintResult[]
  }
}

describe('one writer per output channel', () => {
  it('fails a step that sets an output or warns without going through report/', () => {
    const file = path.join(root, 'src', 'steps', 'layer-fixture-writer.ts')
    writeFileSync(
      file,
      "import type { ActionIO } from '../runner/io.ts'\n" +
        "export const write = (io: ActionIO): void => {\n  io.setOutput('run-state', 'x')\n  io.warning('x')\n}\n",
    )
    written.push(file)
    const messages = lint([file])[0]?.messages ?? []
    expect(messages.filter((m) => m.ruleId === 'no-restricted-syntax')).toHaveLength(2)
  })
})

describe('layer rules', () => {
  it('fail every upward or sideways import, and pass the allowed ones', () => {
    const bad = FORBIDDEN.map(([folder, line], i) => fixture(folder, i, line))
    const good = ALLOWED.map(([folder, line], i) => fixture(folder, 100 + i, line))
    const results = lint([...bad, ...good])
    const layerErrors = (file: string) =>
      results.find((r) => r.filePath === file)?.messages.filter((m) => m.ruleId === RULE) ?? []
    for (const file of bad)
      expect([path.relative(root, file), layerErrors(file).length]).toEqual([
        path.relative(root, file),
        1,
      ])
    for (const file of good)
      expect([path.relative(root, file), layerErrors(file)]).toEqual([
        path.relative(root, file),
        [],
      ])
    expect(layerErrors(bad[0] ?? '')[0]?.message).toContain(
      'src/model/ imports nothing else in src',
    )
  })
})
