import js from '@eslint/js'
import tseslint from 'typescript-eslint'

const layer = (patterns, message) => ({
  'no-restricted-imports': [
    'error',
    { patterns: patterns.map((group) => ({ group: [group], message })) },
  ],
})

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
  // Layer rules (style guide §3): pure layers stay pure, @actions/core lives behind runner/io.ts.
  {
    files: ['src/config/**', 'src/template/**'],
    rules: layer(
      ['@actions/*', '@azure/*', '**/azure/**', '**/runner/**'],
      'config/ and template/ are pure: no runner, no Azure (type imports aside)',
    ),
  },
  {
    files: ['src/azure/**'],
    rules: layer(
      ['@actions/*', '**/config/inputs*'],
      'azure/ must not read inputs or use @actions/*',
    ),
  },
  {
    files: ['src/**'],
    ignores: ['src/runner/io.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: '@actions/core', message: 'use the ActionIO port (runner/io.ts)' }] },
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
