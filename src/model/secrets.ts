// Secrets that Azure or a URL may carry into text the action shows: error messages echo request
// headers and URLs, run outputs and log locations hold SAS links. scrubSecrets is the one place
// that removes them; the ActionIO adapter runs every outgoing text through it (see io.ts).

const HIDDEN = '***'

/**
 * Query parameters of a SAS that must not be shown: the signature, and the user-delegation key's
 * object and tenant ids (`skoid`/`sktid`), which identify the signer.
 */
const SAS_SECRET_PARAMS = ['sig', 'skoid', 'sktid', 'skdutid', 'saoid', 'suoid']

const PATTERNS: readonly [RegExp, string][] = [
  // `Authorization: Bearer eyJ…`, `authorization":"Basic …` — the whole credential.
  [/(authorization["']?\s*[:=]\s*["']?)[^"'\r\n]+/gi, `$1${HIDDEN}`],
  [/\b(bearer)\s+[\w\-.~+/]+=*/gi, `$1 ${HIDDEN}`],
  // OAuth form and JSON fields: client_assertion=…, "access_token": "…".
  [
    /\b(client_assertion|client_secret|access_token|refresh_token|id_token)(["']?\s*[=:]\s*["']?)[^&\s"',}]+/gi,
    `$1$2${HIDDEN}`,
  ],
  // After `?`, `&`, `;`, a JSON-escaped `\u0026` or a percent-encoded `%26`/`%3F` (a nested link).
  [
    new RegExp(
      `((?:[?&;]|\\\\u0026|%26|%3F|^)(?:${SAS_SECRET_PARAMS.join('|')})(?:=|%3D)"?)[^&\\s"'<>\\\\]+`,
      'gi',
    ),
    `$1${HIDDEN}`,
  ],
  [/\b(AccountKey|SharedAccessSignature)=[^;\s"']+/gi, `$1=${HIDDEN}`],
  // Any JSON web token (GitHub OIDC tokens, Entra access tokens, client assertions).
  [/\beyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]*/g, HIDDEN],
  // GitHub tokens (`github-token`): installation, OAuth, user, refresh and fine-grained PATs.
  [/\b(?:gh[pousr]_[\w-]{16,}|github_pat_\w{20,})/g, HIDDEN],
]

/** `text` with tokens, SAS signatures, client assertions and account keys replaced by ***. */
export function scrubSecrets(text: string): string {
  return PATTERNS.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text)
}

/** SAS signatures (`sig=…`) inside URLs, raw and URL-decoded, to register with the runner's mask. */
export function sasSignatures(text: string): string[] {
  return [...text.matchAll(/[?&]sig=([^&\s"']+)/gi)].flatMap((m) => {
    const sig = m[1] ?? ''
    const decoded = safeDecode(sig)
    return decoded === sig ? [sig] : [sig, decoded]
  })
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
