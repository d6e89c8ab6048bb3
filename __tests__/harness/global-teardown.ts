// Jest globalTeardown: removes the root global-setup.ts made for this run's temporary files.
import { rmSync } from 'node:fs'

export default function teardown(): void {
  const root = process.env.AIB_TEST_TEMP_ROOT
  if (root) rmSync(root, { recursive: true, force: true })
}
