// The bundle's entry (action.yml runs dist/index.js for main and post): the only file with a
// top-level side effect.
import { run } from './run.ts'

await run()
