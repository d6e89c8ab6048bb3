// Runs before Jest: makes sure `.emulator/ca.pem` exists for NODE_EXTRA_CA_CERTS.
import { resolve } from 'node:path'
import { ensureCertificate } from './tls.ts'

const { certPath } = await ensureCertificate(resolve(import.meta.dirname, '../../.emulator'))
console.log(`Emulator certificate: ${certPath}`)
