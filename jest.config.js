import { createDefaultEsmPreset } from 'ts-jest'

/** @type {import('jest').Config} */
export default {
  ...createDefaultEsmPreset({ tsconfig: 'tsconfig.test.json' }),
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.(js|ts)$': '$1' },
  clearMocks: true,
  testTimeout: 60000,
  // In-process code only (unit and step tests); the spawned end-to-end runs are not counted.
  coverageProvider: 'v8',
  collectCoverageFrom: [
    'src/**/*.ts',
    '!src/index.ts',
    '!src/vendor/**',
    '!src/template-file/schema/**',
  ],
  coverageReporters: ['text-summary'],
  coverageThreshold: { global: { lines: 92, statements: 92, functions: 90, branches: 88 } },
  globalSetup: '<rootDir>/__tests__/harness/global-setup.ts',
  globalTeardown: '<rootDir>/__tests__/harness/global-teardown.ts',
}
