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
      "9:5 variables.identityId: cannot resolve '[resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', 'aib')]': resourceId() needs the deployment's subscription and resource group (inputs subscription-id and resource-group)",
      "15:7 resources[0].name: cannot resolve '[parameters('imageTemplateName')]': parameter 'imageTemplateName' has no defaultValue",
      "16:7 resources[0].location: cannot resolve '[resourceGroup().location]': resourceGroup() needs the deployment's subscription and resource group",
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

describe('loadTemplateFile: what real files do, and what breaks them', () => {
  const SOURCE = { type: 'PlatformImage', publisher: 'p', offer: 'o', sku: 's', version: 'latest' }
  const resource = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    type: 'Microsoft.VirtualMachineImages/imageTemplates',
    location: 'westus',
    ...extra,
    properties: {
      source: SOURCE,
      distribute: [{ type: 'VHD', runOutputName: 'vhd' }],
      ...properties,
    },
  })
  const load = (text: string | Uint8Array, vars: Record<string, string> = {}) =>
    loadTemplateFile(text, { fileName: 'f.json', vars })
  const problemsOf = (text: string | Uint8Array, vars: Record<string, string> = {}) => {
    try {
      load(text, vars)
    } catch (error) {
      if (error instanceof TemplateFileError) return error.problems.map(describeProblem)
      throw error
    }
    throw new Error('loaded without error')
  }

  it("accepts the quickstarts' provider-only type, with a note", () => {
    const text = JSON.stringify(resource({}, { type: 'Microsoft.VirtualMachineImages' }))
    const loaded = load(text)
    expect(loaded.kind).toBe('resource')
    expect(loaded.notes).toContain(
      "type 'Microsoft.VirtualMachineImages' read as Microsoft.VirtualMachineImages/imageTemplates (az resource create takes the type from --resource-type)",
    )
  })

  it('drops a UTF-8 byte order mark, as bytes or as text, without a syntax error', () => {
    const text = JSON.stringify(resource({}))
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])
    for (const input of [bytes, `\uFEFF${text}`]) {
      expect(load(input).notes).toContain('UTF-8 byte order mark at the start of the file: ignored')
    }
  })

  it('refuses UTF-16 with one problem instead of one per character', () => {
    const bytes = Buffer.from(`\uFEFF${JSON.stringify(resource({}))}`, 'utf16le')
    expect(problemsOf(bytes)).toEqual([
      ' : the file is UTF-16 (little-endian); save it as UTF-8 (ARM and the action read templates as UTF-8)',
    ])
  })

  it('names a raw control character in a string and where it is', () => {
    const text = '{\n  "properties": {\n    "source": "a\u0001b"\n  }\n}'
    expect(problemsOf(text)).toEqual([
      '3:17 : syntax error: a raw control character (U+0001) inside a string: write it as \\u0001',
    ])
  })

  it('bounds nesting: 2000 levels are an error, not a stack overflow', () => {
    const text = `{"properties": {"source": ${'['.repeat(2000)}${']'.repeat(2000)}}}`
    expect(problemsOf(text)).toEqual([
      '1:89 : nested more than 64 levels deep ({ and [): the action reads templates up to that depth',
    ])
  })

  const deployment = (variables: Record<string, unknown>, inline: string) =>
    JSON.stringify({
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      variables,
      resources: [resource({ customize: [{ type: 'Shell', name: 'a', inline: [inline] }] })],
    })

  it('bounds values that double at each variable: an error naming the variable, not a crash', () => {
    const variables: Record<string, string> = { v0: 'x'.repeat(16) }
    for (let i = 1; i < 40; i++) {
      variables[`v${i}`] = `[concat(variables('v${i - 1}'), variables('v${i - 1}'))]`
    }
    const problems = problemsOf(deployment(variables, "[variables('v39')]"))
    expect(problems[0]).toMatch(
      /^\d+:\d+ variables\.v19: cannot resolve .*concat\(\) builds a value of more than 4 MiB, more than ARM accepts in one request$/,
    )
  })

  it('bounds the whole expanded template at 4 MiB', () => {
    const variables = { big: 'x'.repeat(1024 * 1024) }
    const inline = "[variables('big')]"
    const text = JSON.stringify({
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      variables,
      resources: [
        resource({
          customize: Array.from({ length: 5 }, (_, i) => ({
            type: 'Shell',
            name: `s${i}`,
            inline: [inline],
          })),
        }),
      ],
    })
    expect(problemsOf(text)).toEqual([
      expect.stringMatching(
        /^\d+:\d+ resources\[0\]: expands to more than 4 MiB once parameters, variables and placeholders are filled in/,
      ),
    ])
  })

  it('bounds chains of variables and nested calls', () => {
    const chain: Record<string, string> = { v0: 'end' }
    for (let i = 1; i < 3000; i++) chain[`v${i}`] = `[variables('v${i - 1}')]`
    expect(problemsOf(deployment(chain, "[variables('v2999')]")).join('\n')).toContain(
      'parameters and variables refer to one another more than 64 levels deep',
    )
    const nested = `[${'concat('.repeat(2000)}'a'${')'.repeat(2000)}]`
    expect(problemsOf(deployment({ nested }, "[variables('nested')]")).join('\n')).toContain(
      'calls nested more than 32 deep',
    )
  })

  const terraform = [
    '{',
    '  "location": "${location}",',
    '  "properties": {',
    '    "buildTimeoutInMinutes": ${timeout},',
    '    "source": { "type": "PlatformImage", "publisher": "p", "offer": "o", "sku": "s", "version": "latest" },',
    '    "distribute": [{',
    '      "type": "SharedImage",',
    '      "galleryImageId": "${gallery_image_id}",',
    '      "runOutputName": "out",',
    '      "replicationRegions": ${replication_regions}',
    '    }]',
    '  }',
    '}',
  ].join('\n')
  const GALLERY = `/subscriptions/${IDENTITY_ID.split('/')[2]}/resourceGroups/aib/providers/Microsoft.Compute/galleries/g/images/i`

  it('fills a Terraform template file: JSON values outside quotes, strings inside', () => {
    const loaded = load(terraform, {
      location: 'westeurope',
      timeout: '120',
      gallery_image_id: GALLERY,
      replication_regions: '["westeurope", "northeurope"]',
    })
    expect(loaded.location).toBe('westeurope')
    expect(loaded.properties.buildTimeoutInMinutes).toBe(120)
    expect(loaded.properties.distribute).toEqual([
      {
        type: 'SharedImage',
        galleryImageId: GALLERY,
        runOutputName: 'out',
        targetRegions: [{ name: 'westeurope' }, { name: 'northeurope' }],
      },
    ])
  })

  it('reports the file line of a value outside quotes that is not JSON', () => {
    const vars = { location: 'x', timeout: '120', gallery_image_id: GALLERY }
    expect(
      problemsOf(terraform, { ...vars, replication_regions: 'westeurope,northeurope' }),
    ).toEqual([
      expect.stringMatching(
        /^10:29 : \$\{replication_regions\} stands outside quotes, so template-var replication_regions must be a JSON value/,
      ),
    ])
  })

  it('turns whole-number strings into integers where the schema wants integers, with a note', () => {
    const loaded = load(
      JSON.stringify(resource({ buildTimeoutInMinutes: '120', vmProfile: { osDiskSizeGB: '64' } })),
    )
    expect(loaded.properties.buildTimeoutInMinutes).toBe(120)
    expect(loaded.properties.vmProfile).toEqual({ osDiskSizeGB: 64 })
    expect(loaded.notes).toEqual(
      expect.arrayContaining([
        'properties.buildTimeoutInMinutes: "120" → 120 (the schema wants a number)',
        'properties.vmProfile.osDiskSizeGB: "64" → 64 (the schema wants a number)',
      ]),
    )
  })

  it('turns a string ARM parameter used for an integer into one', () => {
    const text = JSON.stringify({
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      parameters: { timeout: { type: 'string', defaultValue: '90' } },
      resources: [resource({ buildTimeoutInMinutes: "[parameters('timeout')]" })],
    })
    expect(load(text).properties.buildTimeoutInMinutes).toBe(90)
  })

  it('reports every other wrong type at its place instead of dropping it', () => {
    const text = JSON.stringify(
      resource({
        buildTimeoutInMinutes: '2 hours',
        stagingResourceGroup: 5,
        vmProfile: 'big',
        validate: [],
      }),
      null,
      2,
    )
    expect(problemsOf(text)).toEqual([
      '18:5 properties.buildTimeoutInMinutes: must be a whole number, got a string "2 hours"',
      '19:5 properties.stagingResourceGroup: must be a string, got a number 5',
      '20:5 properties.vmProfile: must be an object, got a string "big"',
      '21:5 properties.validate: must be an object, got an array []',
    ])
  })

  it('leaves out members set to null, as ARM reads them', () => {
    const loaded = load(
      JSON.stringify(resource({ vmProfile: { vmSize: 'Standard_D2s_v3', vnetConfig: null } })),
    )
    expect(loaded.properties.vmProfile).toEqual({
      vmSize: 'Standard_D2s_v3',
      vnetConfig: undefined,
    })
    expect(loaded.notes).toContain('properties.vmProfile.vnetConfig: null, left out')
  })

  it('reports a placeholder key that resolves onto a key the object already has', () => {
    const text = JSON.stringify(
      resource(
        {},
        {
          identity: {
            type: 'UserAssigned',
            userAssignedIdentities: { [IDENTITY_ID]: {}, '<imgBuilderId>': {} },
          },
        },
      ),
      null,
      2,
    )
    expect(problemsOf(text, { imgBuilderId: IDENTITY_ID.toUpperCase() })).toEqual([
      `8:7 identity.userAssignedIdentities["<imgBuilderId>"]: '<imgBuilderId>' (= '${IDENTITY_ID.toUpperCase()}') names the same member as '${IDENTITY_ID}': one would replace the other`,
    ])
  })
})
