// The bundled action against the emulator: a full build with OIDC, outputs, summary and cleanup,
// and the repo scripts' bytes recreated and run on the "VM" exactly as Packer would run them.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startEmulator } from '../emulator/emulator.ts'
import { withScenario } from '../emulator/scenario.ts'
import type { Emulator } from '../emulator/types.ts'
import {
  everything,
  runStep,
  type ActionRun,
  buildInputs,
  FAST_SCENARIO,
} from '../harness/run-action.ts'
import { makeWorkspace } from '../harness/workspace.ts'

let emulator: Emulator
const runs: ActionRun[] = []

beforeAll(async () => {
  emulator = await startEmulator({ scenario: { ...FAST_SCENARIO } })
})
afterAll(async () => {
  await emulator.close()
})

const baseInputs = (): Record<string, string> => buildInputs(emulator)

const templatePuts = () => emulator.writes().filter((r) => r.method === 'PUT')

describe('a successful build', () => {
  let main: ActionRun
  let post: ActionRun
  const destination = mkdtempSync(path.join(tmpdir(), 'aib-vm-dest-'))

  beforeAll(async () => {
    emulator.requests.length = 0
    const workspace = makeWorkspace()
    const inputs = {
      ...baseInputs(),
      'image-template-name': 'ubuntu-web',
      'customizer-scripts': 'scripts/*.sh\nscripts/motd.json',
      'customizer-destination': destination,
      'customizer-script': 'echo "inline step ran" >> "${AIB_TEST_OUT:-/dev/null}"',
      vhd: 'true',
      'managed-image': 'ubuntu-web-image',
      'artifact-tags': 'team=platform\ncost-center=42',
    }
    ;({ main, post } = await runStep({ inputs, workspace }, emulator))
    runs.push(main, post)
  })

  it('exits 0 and sets every output', () => {
    expect(main.stderr).toBe('')
    expect(main.code).toBe(0)
    const templateId =
      '/subscriptions/0b1f6471-1bf0-4dda-aec3-111122223333/resourceGroups/images-rg/providers/Microsoft.VirtualMachineImages/imageTemplates/ubuntu-web'
    expect(main.outputs['template-name']).toBe('ubuntu-web')
    expect(main.outputs['template-id']?.toLowerCase()).toBe(templateId.toLowerCase())
    expect(main.outputs['run-state']).toBe('Succeeded')
    expect(main.outputs['image-id']).toMatch(
      /\/providers\/Microsoft\.Compute\/images\/ubuntu-web-image$/,
    )
    expect(main.outputs['vhd-uri']).toMatch(/^https:\/\/.+\.vhd/)
    const outputs = JSON.parse(main.outputs['run-outputs'] ?? '[]') as { name: string }[]
    expect(outputs.map((o) => o.name).sort()).toEqual(['managed-image', 'vhd'])
    expect(existsSync(main.outputs['rendered-template'] ?? '')).toBe(true)
  })

  it('logs every phase in order, and writes a job summary', () => {
    const phases = [...main.stdout.matchAll(/Build phase: (\w+)/g)].map((m) => m[1])
    expect(phases).toEqual([
      'Queued',
      'Building',
      'Customizing',
      'Optimizing',
      'Validating',
      'Distributing',
      'Succeeded',
    ])
    expect(main.summary).toContain('**Succeeded**')
    expect(main.summary).toContain('scripts/02-heredoc.sh')
  })

  it('sends exactly the rendered template, with provenance tags', () => {
    const [put] = templatePuts()
    const rendered = JSON.parse(readFileSync(main.outputs['rendered-template'] ?? '', 'utf8')) as {
      properties: unknown
    }
    const body = put?.body as {
      properties: { distribute: { artifactTags: Record<string, string> }[] }
    }
    expect(body.properties).toEqual(rendered.properties)
    expect(body.properties.distribute[0]?.artifactTags).toMatchObject({
      team: 'platform',
      'cost-center': '42',
      'source-repository': 'octo/image-factory',
      'source-commit': 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
      'source-run': 'https://github.com/octo/image-factory/actions/runs/4242',
    })
  })

  it('recreates each script byte for byte on the VM and runs it with its own shebang', () => {
    const body = templatePuts()[0]?.body as {
      properties: { customize: { type: string; name: string; inline: string[] }[] }
    }
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'aib-vm-')), 'evidence')
    for (const step of body.properties.customize) {
      expect(step.type).toBe('Shell')
      // Packer joins inline lines into one script and runs it with /bin/sh -e.
      const script = path.join(path.dirname(out), 'packer-inline.sh')
      writeFileSync(script, `#!/bin/sh -e\n${step.inline.join('\n')}\n`)
      const printed = execFileSync('/bin/sh', ['-e', script], {
        env: { ...process.env, AIB_TEST_OUT: out },
      }).toString()
      if (step.name.endsWith('.sh')) expect(printed).toMatch(/: OK$/m)
    }
    const evidence = readFileSync(out, 'utf8')
    expect(evidence).toContain('bashisms ok: green name with spaces')
    expect(evidence).toContain('heredoc ok')
    expect(evidence).toContain('unicode ok: Grüße, 世界, ñandú 🚀')
    expect(evidence).toContain('inline step ran')
    const heredoc = readFileSync(`${out}.heredoc`, 'utf8')
    expect(heredoc).toBe(
      '  [service]\n  command = echo $HOME `date` "double" \'single\' \\n \\\\ done\n',
    )
    const workspace = path.resolve(import.meta.dirname, '../fixtures/workspace')
    expect(readFileSync(path.join(destination, 'motd.json'))).toEqual(
      readFileSync(path.join(workspace, 'scripts/motd.json')),
    )
    expect(readFileSync(path.join(destination, 'conf/app.toml'), 'utf8')).toBe('key = "value"\n')
  })

  it('keeps the template when a VHD lives in its staging storage, with a warning', () => {
    expect(post.code).toBe(0)
    expect(post.stdout).toMatch(/::warning::Not deleting .*VHD/)
    expect(emulator.writes().some((r) => r.method === 'DELETE')).toBe(false)
  })
})

describe('cleanup after success', () => {
  it('deletes the template in the post step (cleanup: on-success)', async () => {
    const { main, post } = await runStep(
      { inputs: { ...baseInputs(), 'image-template-name': 'cleaned' }, workspace: makeWorkspace() },
      emulator,
    )
    runs.push(main, post)
    expect(main.code).toBe(0)
    expect(post.code).toBe(0)
    expect(post.stdout).toContain('Deleted the image template "cleaned"')
    expect([...emulator.templates.keys()].some((id) => id.endsWith('/cleaned'))).toBe(false)
  })
})

describe('a failed build', () => {
  it('fails the step with the service message and log, and keeps the template', async () => {
    await withScenario(emulator, { failAt: 'Customizing', logForm: 'path' }, async () => {
      const { main, post } = await runStep(
        {
          inputs: { ...baseInputs(), 'image-template-name': 'broken' },
          workspace: makeWorkspace(),
        },
        emulator,
      )
      runs.push(main, post)
      expect(main.code).toBe(1)
      expect(main.outputs['run-state']).toBe('Failed')
      expect(main.outputs['customization-log']).toMatch(
        /^\/subscriptions\/.+\/storageAccounts\/.+\/customization\.log$/,
      )
      expect(main.stdout).toMatch(
        /::error::The build ended Failed: .*Packer build command has failed/,
      )
      expect(main.stdout).toContain(
        'The post step keeps the template (the build ended Failed: kept for debugging',
      )
      expect(main.stdout).toContain('az image builder delete --ids /subscriptions/')
      expect(post.stdout).toContain('kept for debugging (cleanup: on-success)')
      expect([...emulator.templates.keys()].some((id) => id.endsWith('/broken'))).toBe(true)
    })
  })
})

describe('secrets', () => {
  it('never prints an OIDC token, client assertion or access token', () => {
    const secrets = emulator.issuedSecrets()
    expect(secrets.length).toBeGreaterThan(3)
    const printed = runs.map(everything).join('\n')
    for (const secret of secrets) expect(printed).not.toContain(secret)
  })
})
