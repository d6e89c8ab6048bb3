import { createPublicKey, sign, verify, type KeyObject } from 'node:crypto'
import { isRecord } from './exchange.ts'

/** Claims of a JWT, as far as the emulator reads them. */
export type Claims = Record<string, unknown>

const HEADER = { alg: 'RS256', typ: 'JWT' }

/** Sign `claims` as an RS256 JWT with `privateKeyPem`. */
export function signJwt(claims: Claims, privateKeyPem: string): string {
  const signingInput = `${encode(HEADER)}.${encode(claims)}`
  const signature = sign('sha256', Buffer.from(signingInput), privateKeyPem)
  return `${signingInput}.${signature.toString('base64url')}`
}

/** Claims of `token` when its RS256 signature matches `publicKey`, else undefined. */
export function verifyJwt(token: string, publicKey: KeyObject): Claims | undefined {
  const [header, payload, signature, extra] = token.split('.')
  if (header === undefined || payload === undefined || !signature || extra !== undefined) return
  const signed = verify(
    'sha256',
    Buffer.from(`${header}.${payload}`),
    publicKey,
    Buffer.from(signature, 'base64url'),
  )
  return signed ? decodeSegment(payload) : undefined
}

/** Claims of `token` without checking its signature (to name a foreign issuer). */
export function peekClaims(token: string): Claims | undefined {
  const payload = token.split('.')[1]
  return payload === undefined ? undefined : decodeSegment(payload)
}

/** The public half of a PEM private key. */
export function publicKeyOf(privateKeyPem: string): KeyObject {
  return createPublicKey(privateKeyPem)
}

function encode(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url')
}

function decodeSegment(segment: string): Claims | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'))
    return isRecord(value) ? value : undefined
  } catch {
    return undefined
  }
}
