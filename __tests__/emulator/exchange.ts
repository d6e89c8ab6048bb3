import type { IncomingMessage } from 'node:http'
import type { RecordedRequest } from './types.ts'

/** A parsed incoming request, as handlers see it. */
export interface Exchange {
  method: string
  path: string
  query: Record<string, string>
  /** Lower-cased header names; repeated headers joined with ', '. */
  headers: Record<string, string>
  body: unknown
}

/** An HTTP answer: status, extra headers and a JSON body (or raw bytes). */
export interface Answer {
  status: number
  headers?: Record<string, string>
  body?: unknown
  /** Bytes sent as they are instead of a JSON body (Blob Storage); headers carry their type. */
  raw?: Buffer
  /** How a fault mangles the answer after the request was processed; absent: sent whole. */
  delivery?: Delivery
}

/**
 * `drop`: destroy the socket instead of answering; `truncate`: send only the first half of the
 * body's bytes, with a Content-Length that matches them.
 */
export type Delivery = 'drop' | 'truncate'

/** What a handler answers; `reset` destroys the socket without a response. */
export type Reply = Answer | 'reset'

// Credentials that must never appear in the request log, even inside form bodies.
const REDACTED_HEADERS = new Set(['authorization', 'cookie'])
const REDACTED_FIELDS = new Set(['client_assertion', 'client_secret'])

/** Read and parse a request into an `Exchange`. */
export async function readExchange(req: IncomingMessage): Promise<Exchange> {
  const url = new URL(req.url ?? '/', 'https://emulator.invalid')
  const headers = flattenHeaders(req.headers)
  const raw = await readText(req)
  return {
    method: (req.method ?? 'GET').toUpperCase(),
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers,
    body: parseBody(raw, headers['content-type'] ?? ''),
  }
}

/** The log entry of an exchange, with credentials replaced by '<redacted>'. */
export function recordOf(exchange: Exchange, at: number): RecordedRequest {
  const headers = { ...exchange.headers }
  for (const name of Object.keys(headers)) {
    if (REDACTED_HEADERS.has(name)) headers[name] = '<redacted>'
  }
  return {
    method: exchange.method,
    path: exchange.path,
    query: { ...exchange.query },
    headers,
    body: redactBody(exchange.body),
    status: 0,
    at,
  }
}

function flattenHeaders(raw: IncomingMessage['headers']): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(raw)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value
  }
  return headers
}

async function readText(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

function parseBody(raw: string, contentType: string): unknown {
  if (raw === '') return undefined
  if (contentType.includes('application/x-www-form-urlencoded')) {
    return Object.fromEntries(new URLSearchParams(raw))
  }
  try {
    return JSON.parse(raw) as unknown
  } catch {
    return raw
  }
}

function redactBody(body: unknown): unknown {
  if (!isRecord(body)) return body
  const copy = structuredClone(body)
  for (const field of Object.keys(copy)) {
    if (REDACTED_FIELDS.has(field)) copy[field] = '<redacted>'
  }
  return copy
}

/** Whether a value is a plain JSON object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
