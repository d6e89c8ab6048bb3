import { describe, expect, it } from '@jest/globals'
import {
  loadTemplateFile,
  TemplateFileError,
  validateTemplate,
  type LoadedTemplate,
  type TemplateProblem,
} from '../../../src/template-file/template-file.ts'
import {
  IDENTITY_ID,
  QUICKSTART_VARS,
  VALID,
  expectedName,
  readFixture,
} from './template-corpus.ts'

/** Loads a fixture, or returns the TemplateFileError it throws. */
function attempt(
  relPath: string,
  vars: Record<string, string> = {},
  pick?: string,
): LoadedTemplate | TemplateFileError {
  try {
    return loadTemplateFile(readFixture(relPath), { fileName: relPath, vars, pick })
  } catch (error) {
    if (error instanceof TemplateFileError) return error
    throw error
  }
}

function failure(
  relPath: string,
  vars: Record<string, string> = {},
  pick?: string,
): TemplateFileError {
  const result = attempt(relPath, vars, pick)
  if (!(result instanceof TemplateFileError)) throw new Error(`${relPath} loaded without error`)
  return result
}

/** Learn's examples write `{subscription-id}` in their ids: the service would refuse them. */
const DOC_IDS = ['official-linux.json', 'official-windows.json', 'az-show-output.json']

/** What the lead merges from inputs when the file has no location or identity. */
const withInputs = (t: LoadedTemplate) => ({
  location: t.location ?? 'westeurope',
  identity: t.identity ?? { type: 'UserAssigned', userAssignedIdentities: { [IDENTITY_ID]: {} } },
  properties: t.properties,
})

describe('loadTemplateFile: the corpus renders to the expected template', () => {
  it.each(VALID.map((entry) => [entry.expected ?? entry.file, entry] as const))(
    '%s',
    (_label, entry) => {
      const loaded = attempt(`valid/${entry.file}`, entry.vars, entry.pick)
      if (loaded instanceof TemplateFileError) throw loaded
      const { locate, fileName, ...rest } = loaded
      expect(locate('properties.distribute')).toBeDefined()
      expect(fileName).toBe(`valid/${entry.file}`)
      expect(rest).toEqual(JSON.parse(readFixture(`valid/${expectedName(entry)}`)))
    },
  )

  it.each(VALID.filter((e) => !DOC_IDS.includes(e.file)).map((e) => [e.file, e] as const))(
    '%s passes validateTemplate for its OS',
    (_label, entry) => {
      const loaded = attempt(`valid/${entry.file}`, entry.vars, entry.pick) as LoadedTemplate
      expect(validateTemplate(withInputs(loaded), entry.osType)).toEqual([])
    },
  )

  it.each(DOC_IDS.filter((f) => f !== 'official-windows.json'))(
    "%s: the docs' {subscription-id} in resource ids is not a GUID, caught before any request",
    (file) => {
      const entry = VALID.find((e) => e.file === file) as (typeof VALID)[number]
      const loaded = attempt(`valid/${file}`, entry.vars) as LoadedTemplate
      const problems = validateTemplate(withInputs(loaded), entry.osType)
      expect(problems.length).toBeGreaterThan(0)
      for (const problem of problems) {
        expect(problem.message).toBe(
          'the subscription in the id: "{subscription-id}" is a placeholder, not a GUID',
        )
      }
    },
  )

  it('finds the duplicate customizer name in the official Windows example', () => {
    // The upstream example repeats one name; the service wants customizer names to be unique.
    const loaded = attempt('valid/official-windows.json') as LoadedTemplate
    const problems = validateTemplate(withInputs(loaded), 'windows')
    expect(problems).toEqual([
      {
        path: 'properties.customize[5].name',
        message: expect.stringContaining('is already used by properties.customize[4]'),
      },
      ...['properties.distribute[0].imageId', 'properties.vmProfile.vnetConfig.subnetId'].map(
        (path) => ({
          path,
          message: expect.stringContaining('"{subscription-id}" is a placeholder'),
        }),
      ),
    ])
    expect(loaded.locate(problems[0]!.path)).toEqual({ line: 61, column: 9 })
  })
})

interface Broken {
  file: string
  vars?: Record<string, string>
  pick?: string
  /** Each expected problem as `<line>:<col> <path>: <message part>`. */
  problems: string[]
}

const BROKEN: Broken[] = [
  { file: 'syntax-error.json', problems: ['6:5 : syntax error: expected a comma'] },
  {
    file: 'unresolved-placeholder.json',
    vars: { region: 'westus' },
    problems: [
      "9:43 properties.customize[1].scriptUri: '<path to script>' is a placeholder to fill in",
      '14:9 properties.distribute[0].imageId: unresolved placeholder <subscriptionID>',
      '14:9 properties.distribute[0].imageId: unresolved placeholder ${rgName}',
      '14:9 properties.distribute[0].imageId: unresolved placeholder <imageName>',
      '16:9 properties.distribute[0].runOutputName: unresolved placeholder <runOutputName>',
    ],
  },
  {
    file: 'unknown-property.json',
    problems: [
      "7:59 properties.customize[0].runElevated: unknown property 'runElevated'",
      "8:101 properties.customize[1].mode: unknown property 'mode'",
      "11:48 properties.distribute[0].tags: unknown property 'tags'",
      "13:5 properties.build: unknown property 'build'",
    ],
  },
  {
    file: 'iso-source.json',
    problems: ['7:7 properties.source.type: the ISO source was removed'],
  },
  {
    file: 'unsupported-arm-function.json',
    problems: [
      "9:5 variables.identityId: cannot resolve '[resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', 'aib')]': the ARM function resourceId() is not supported",
      "15:7 resources[0].name: cannot resolve '[parameters('imageTemplateName')]': parameter 'imageTemplateName' has no defaultValue",
      "16:7 resources[0].location: cannot resolve '[resourceGroup().location]': the ARM function resourceGroup() is not supported",
      "24:28 resources[0].properties.distribute[0].runOutputName: cannot resolve '[parameters('missing')]': parameters('missing') is not declared",
    ],
  },
  { file: 'duplicate-keys.json', problems: ['9:5 properties.customize: duplicate key'] },
  {
    file: 'old-vnet-no-subscription.json',
    problems: [
      '6:20 properties.vmProfile.vnetConfig: cannot turn the old vnetConfig into subnetId without a subscription',
    ],
  },
  { file: 'not-a-template.json', problems: [' : cannot tell what this file is'] },
  {
    file: 'wrong-resource-type.json',
    problems: ["2:3 type: 'Microsoft.Compute/galleries/images' is not a"],
  },
  {
    file: '../valid/arm-two-templates.json',
    problems: [
      "7:3 resources: 2 Microsoft.VirtualMachineImages/imageTemplates resources: 'linux-base' (resources[0]), 'windows-base' (resources[1]); choose one by its name",
    ],
  },
  {
    file: '../valid/arm-two-templates.json',
    pick: 'mac-base',
    problems: [
      "7:3 resources: 2 Microsoft.VirtualMachineImages/imageTemplates resources: 'linux-base' (resources[0]), 'windows-base' (resources[1]); none is named 'mac-base'",
    ],
  },
]

const describeProblem = (p: TemplateProblem): string =>
  `${p.line === undefined ? '' : `${p.line}:${p.column}`} ${p.path}: ${p.message}`

describe('loadTemplateFile: malformed files fail with every problem and where it is', () => {
  it.each(BROKEN.map((b) => [`${b.file}${b.pick ? ` (pick ${b.pick})` : ''}`, b] as const))(
    '%s',
    (_label, broken) => {
      const error = failure(`invalid/${broken.file}`, broken.vars, broken.pick)
      const actual = error.problems.map(describeProblem)
      expect(actual).toHaveLength(broken.problems.length)
      broken.problems.forEach((expected, i) => expect(actual[i]).toContain(expected))
      expect(error.message.split('\n')).toHaveLength(broken.problems.length + 1)
    },
  )

  it('formats the message as <file>:<line>:<col> <path>: <message>', () => {
    const error = failure('invalid/iso-source.json')
    expect(error.message).toMatch(
      /^Template file invalid\/iso-source\.json: 1 problem\n- invalid\/iso-source\.json:7:7 properties\.source\.type: the ISO source was removed/,
    )
  })
})

describe('validateTemplate: service rules on a loaded file', () => {
  it('reports every rule the file breaks, with positions from the file', () => {
    const loaded = attempt('invalid/service-rules.json') as LoadedTemplate
    const problems = validateTemplate(withInputs(loaded), 'linux').map(
      (p) => `${describeProblem({ ...p, ...loaded.locate(p.path) })}`,
    )
    expect(problems.sort()).toEqual(
      [
        '12:5 properties.buildTimeoutInMinutes: must be <= 960',
        "16:26 properties.customize[1].name: 'setup' is already used by properties.customize[0]",
        "15:43 properties.customize[0].scriptUri: must be an https:// URI, got 'http://example.com/setup.sh'",
        '15:87 properties.customize[0].sha256Checksum: must be 64 hexadecimal characters (a SHA-256 digest)',
        "17:88 properties.customize[2].destination: must be an absolute Linux path under /tmp/, got 'etc/app.conf'",
        '18:9 properties.customize[3].type: PowerShell does not run on a Linux image',
        "22:140 properties.distribute[1].runOutputName: 'out' is already used by properties.distribute[0]",
        '22:33 properties.distribute[1].imageId: the subscription in the id: expected a GUID, got "s"',
        "13:114 properties.source.version: must be 'latest' or a version like 1.2.3, got '24.04-beta'",
      ].sort(),
    )
  })
})

describe('loadTemplateFile: values and positions', () => {
  it('inserts var values as JSON values: quotes and backslashes cannot break the document', () => {
    const loaded = attempt('valid/properties-only.json', {
      banner: '"}], "injected": true, "x": ["\\',
      imageName: 'web',
      diskSize: '64',
    }) as LoadedTemplate
    const customize = loaded.properties.customize as { inline: string[] }[]
    expect(customize[0]!.inline[0]).toBe(
      `echo '"}], "injected": true, "x": ["\\' | sudo tee /etc/issue.net`,
    )
    expect(loaded.properties).not.toHaveProperty('injected')
  })

  it('matches placeholder names ignoring case, exact spelling first', () => {
    const vars = { ...QUICKSTART_VARS, REGION: 'eastus', region: undefined as unknown as string }
    delete (vars as Record<string, unknown>).region
    const loaded = attempt('valid/quickstart-linux.json', vars) as LoadedTemplate
    expect(loaded.location).toBe('eastus')
  })

  it('locates resource-relative paths inside a deployment template', () => {
    const loaded = attempt('valid/arm-deployment.json', { identityName: 'x' }) as LoadedTemplate
    expect(loaded.locate('properties.customize[0].name')).toEqual({ line: 53, column: 13 })
    // targetRegions was written as replicationRegions: the nearest written ancestor is used.
    expect(loaded.locate('properties.distribute[0].targetRegions[1].name')).toEqual({
      line: 61,
      column: 11,
    })
  })

  it('locates properties-object files without the properties prefix', () => {
    const loaded = attempt('valid/properties-only.json', {
      banner: 'b',
      imageName: 'i',
      diskSize: '1',
    }) as LoadedTemplate
    expect(loaded.kind).toBe('properties')
    expect(loaded.locate('properties.vmProfile.osDiskSizeGB')).toEqual({ line: 20, column: 18 })
    expect(loaded.locate('location')).toBeUndefined()
  })

  it('loads and validates a 300-customizer file', () => {
    const customize = Array.from({ length: 300 }, (_, i) => ({
      type: 'Shell',
      name: `step-${i}`,
      inline: [`echo <stepTag> ${i} > /tmp/step-${i}.log 2>&1`],
    }))
    const text = JSON.stringify({
      type: 'Microsoft.VirtualMachineImages/imageTemplates',
      location: '<region>',
      identity: { type: 'UserAssigned', userAssignedIdentities: { [IDENTITY_ID]: {} } },
      properties: {
        source: { type: 'PlatformImage', publisher: 'p', offer: 'o', sku: 's', version: 'latest' },
        customize,
        distribute: [{ type: 'VHD', runOutputName: 'vhd' }],
      },
    })
    const loaded = loadTemplateFile(text, {
      fileName: 'big.json',
      vars: { region: 'westus', stepTag: 'tag' },
    })
    expect(loaded.properties.customize).toHaveLength(300)
    expect(validateTemplate(withInputs(loaded), 'linux')).toEqual([])
  })
})
