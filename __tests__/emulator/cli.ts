// `node __tests__/emulator/cli.ts`: run the emulator until Ctrl-C, for manual runs of the action.
import { writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { startEmulator } from './emulator.ts'

const emulator = await startEmulator()
const envPath = join(dirname(emulator.caPath), 'emulator.env')
// Credentials go to a private file, never to the terminal.
const env = {
  NODE_EXTRA_CA_CERTS: emulator.caPath,
  ACTIONS_ID_TOKEN_REQUEST_URL: emulator.oidcRequestUrl,
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: emulator.oidcRequestToken,
  AZURE_AUTHORITY_HOST: emulator.url,
  AZURE_CLIENT_SECRET: emulator.clientSecret,
  GITHUB_API_URL: emulator.githubApiUrl,
  // A token the emulated GitHub API accepts, for the `github-token` input.
  EMULATOR_GITHUB_TOKEN: emulator.githubToken,
}
const secrets = new Set([
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'AZURE_CLIENT_SECRET',
  'EMULATOR_GITHUB_TOKEN',
])
const lines = Object.entries(env).map(([name, value]) => `${name}=${value}`)
await writeFile(envPath, `${lines.join('\n')}\n`, { mode: 0o600 })

console.log(`Emulator listening on ${emulator.url} (port ${emulator.port})`)
console.log(`CA certificate: ${emulator.caPath}`)
console.log(`Environment for the action (credentials included) written to ${envPath}:`)
for (const [name, value] of Object.entries(env)) {
  console.log(`  ${name}=${secrets.has(name) ? '<see file>' : value}`)
}
console.log(`Load it with: set -a; . ${envPath}; set +a`)
console.log('Press Ctrl-C to stop.')

process.once('SIGINT', () => {
  void emulator.close().then(() => console.log('Emulator stopped.'))
})
