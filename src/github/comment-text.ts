// The text of the pull-request comment: a hidden marker that finds it again, then the body, cut
// to what GitHub accepts.

/** The longest comment GitHub accepts (422 "body is too long (maximum is 65536 characters)"). */
export const MAX_COMMENT_LENGTH = 65536

const CUT_NOTE =
  '\n\n---\n_The rest of this comment was cut: GitHub comments hold at most 65536 characters. ' +
  "The job's summary has all of it._\n"

/**
 * The hidden HTML comment that marks this action's comment for `key` (a template name, or the
 * step's key): one comment per pull request and key. `--` and `>` would end it early.
 */
export function commentMarker(key: string): string {
  const safe = key.replace(/[<>\r\n]/g, '').replace(/-{2,}/g, '-')
  return `<!-- azure-image-builder:${safe} -->`
}

/** Whether a comment's body is the one `marker` names (the marker is its first line). */
export function isMarked(body: string | undefined, marker: string): boolean {
  return (body ?? '').trimStart().startsWith(marker)
}

/**
 * `marker` on the first line, then `body`; cut, with a note saying so, when the whole would pass
 * GitHub's limit. A cut inside a code fence closes the fence so the note renders as text.
 */
export function commentText(marker: string, body: string): { text: string; truncated: boolean } {
  const whole = `${marker}\n${body}`
  if (whole.length <= MAX_COMMENT_LENGTH) return { text: whole, truncated: false }
  // Room for the note and a closing fence; counted in UTF-16 units, never more characters.
  let kept = whole.slice(0, MAX_COMMENT_LENGTH - CUT_NOTE.length - 16)
  if (/[\uD800-\uDBFF]$/.test(kept)) kept = kept.slice(0, -1)
  // End on a whole line (a table row, a log line) unless the last line is very long.
  const lineEnd = kept.lastIndexOf('\n')
  if (lineEnd > kept.length - 1000) kept = kept.slice(0, lineEnd)
  const fence = openFence(kept)
  return { text: `${kept}${fence ? `\n${fence}` : ''}${CUT_NOTE}`, truncated: true }
}

/** The fence (```` ``` ```` or `~~~`) of a code block left open at the end of `text`, if any. */
function openFence(text: string): string | undefined {
  let open: string | undefined
  for (const [, fence = ''] of text.matchAll(/^[ \t]*(`{3,}|~{3,})/gm)) {
    if (open === undefined) open = fence
    else if (fence[0] === open[0] && fence.length >= open.length) open = undefined
  }
  return open
}
