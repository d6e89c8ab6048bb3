import js from '@eslint/js'
import tseslint from 'typescript-eslint'

const FOLDERS = [
  'model',
  'template-file',
  'config',
  'template',
  'azure',
  'artifacts',
  'runner',
  'github',
  'report',
  'steps',
]

/** Outputs, the summary and annotations are written by report/ alone (README "Layout"). */
const ONE_WRITER = {
  'no-restricted-syntax': [
    'error',
    {
      selector: 'CallExpression[callee.property.name=/^(setOutput|writeSummary|warning|fail)$/]',
      message: 'outputs, the job summary and annotations are written by src/report/ only',
    },
  ],
}

/**
 * One config block per layer folder: relative imports of any other folder than the allowed ones
 * fail, and so do the runner toolkit (only runner/io.ts) and the Azure SDK (only azure/, steps/
 * and type imports elsewhere).
 */
function layers(allowed) {
  return Object.entries(allowed).flatMap(([folder, may]) => {
    const denied = FOLDERS.filter((other) => other !== folder && !may.includes(other))
    const layer = {
      group: [...denied.map((other) => `../${other}/*`), '../*.ts', '../../*'],
      message: may.length
        ? `src/${folder}/ may import only ${may.join(', ')} (README "Layout")`
        : `src/${folder}/ imports nothing else in src (README "Layout")`,
    }
    // github/ is the one folder that talks to GitHub's REST API (@actions/github); the rest of
    // the toolkit stays behind the ActionIO port there too.
    const toolkit = {
      group: folder === 'github' ? ['@actions/*', '!@actions/github'] : ['@actions/*'],
      message: 'use the ActionIO port (runner/io.ts)',
    }
    const sdk = {
      group: ['@azure/*'],
      allowTypeImports: true,
      message: 'only azure/ and steps/ talk to Azure (type imports aside)',
    }
    const rule = (patterns, writes = folder === 'report') => ({
      '@typescript-eslint/no-restricted-imports': ['error', { patterns }],
      ...(writes ? {} : ONE_WRITER),
    })
    const talksToAzure = ['azure', 'steps'].includes(folder)
    const own = [layer, toolkit, ...(talksToAzure ? [] : [sdk])]
    // The folder's own files; build-time tools in subfolders (template-file/schema) are not part
    // of the bundle's layers. runner/io.ts is the one file that may use @actions/core.
    const blocks = [{ files: [`src/${folder}/*.ts`], rules: rule(own) }]
    if (folder === 'runner') {
      blocks[0].ignores = ['src/runner/io.ts']
      blocks.push({ files: ['src/runner/io.ts'], rules: rule([layer, sdk], true) })
    }
    return blocks
  })
}

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      '.emulator/',
      'jest.config.js',
      'eslint.config.js',
      'src/**/*.generated.*',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { project: ['./tsconfig.test.json'], tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/explicit-module-boundary-types': 'error',
      'max-lines': ['error', { max: 250, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['error', { max: 50, skipBlankLines: true, skipComments: true }],
      complexity: ['error', 10],
    },
  },
  // Layers (README "Layout"): each folder may import only the folders listed for it, so nothing
  // imports upward or sideways. One block per folder: in flat config the last matching block
  // wins, so no later block may set no-restricted-imports on src/** again.
  ...layers({
    model: [],
    'template-file': ['model'],
    config: ['model', 'template-file'],
    template: ['model', 'template-file', 'config'],
    azure: ['model'],
    artifacts: ['model'],
    runner: ['model'],
    github: ['model'],
    report: ['model', 'runner', 'azure', 'config', 'template'],
    steps: [
      'model',
      'runner',
      'azure',
      'artifacts',
      'config',
      'template',
      'template-file',
      'report',
      'github',
    ],
  }),
  {
    files: ['src/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@actions/*'], message: 'use the ActionIO port (runner/io.ts)' }] },
      ],
    },
  },
  {
    files: ['__tests__/**'],
    rules: {
      'max-lines-per-function': 'off',
      'max-lines': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
)
