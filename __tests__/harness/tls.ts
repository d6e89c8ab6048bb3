import { X509Certificate } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { generate } from 'selfsigned'

/** Paths and PEM text of the emulator's self-signed certificate (its own CA). */
export interface Certificate {
  certPath: string
  keyPath: string
  cert: string
  key: string
}

// Regenerate a little before expiry so a long test run never meets an expired certificate.
const RENEW_MARGIN_MS = 24 * 60 * 60 * 1000
const VALIDITY_DAYS = 365

/** Create, or reuse when still valid, a certificate for `localhost` and `127.0.0.1` in `dir`. */
export async function ensureCertificate(dir: string): Promise<Certificate> {
  const certPath = resolve(join(dir, 'ca.pem'))
  const keyPath = resolve(join(dir, 'key.pem'))
  const existing = await readExisting(certPath, keyPath)
  if (existing) return existing
  await mkdir(dir, { recursive: true })
  const { cert, key } = await generateCertificate()
  // Write then rename, so a parallel reader never sees a half-written file.
  await writeAtomically(keyPath, key, 0o600)
  await writeAtomically(certPath, cert, 0o644)
  return { certPath, keyPath, cert, key }
}

async function readExisting(certPath: string, keyPath: string): Promise<Certificate | undefined> {
  try {
    const [cert, key] = await Promise.all([readFile(certPath, 'utf8'), readFile(keyPath, 'utf8')])
    return isUsable(cert) ? { certPath, keyPath, cert, key } : undefined
  } catch {
    return undefined
  }
}

function isUsable(pem: string): boolean {
  try {
    const x509 = new X509Certificate(pem)
    const fresh = Date.parse(x509.validTo) - Date.now() > RENEW_MARGIN_MS
    return (
      fresh && x509.checkIP('127.0.0.1') !== undefined && x509.checkHost('localhost') !== undefined
    )
  } catch {
    return false
  }
}

async function generateCertificate(): Promise<{ cert: string; key: string }> {
  const notBeforeDate = new Date(Date.now() - 60_000)
  const notAfterDate = new Date(notBeforeDate.getTime() + VALIDITY_DAYS * 24 * 60 * 60 * 1000)
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'rsa',
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    extensions: [
      // A CA flag lets NODE_EXTRA_CA_CERTS use this very certificate as the trust anchor.
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, keyCertSign: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
          { type: 7, ip: '::1' },
        ],
      },
    ],
  })
  return { cert: pems.cert, key: pems.private }
}

async function writeAtomically(path: string, text: string, mode: number): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`
  await writeFile(temporary, text, { mode })
  await rename(temporary, path)
}
