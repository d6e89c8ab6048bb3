import { describe, expect, it } from '@jest/globals'
import {
  commentMarker,
  commentText,
  isMarked,
  MAX_COMMENT_LENGTH,
} from '../../../src/github/comment-text.ts'

describe('commentMarker', () => {
  it.each([
    ['ubuntu-base', '<!-- azure-image-builder:ubuntu-base -->'],
    ['a--b', '<!-- azure-image-builder:a-b -->'],
    ['x-->y<z\n', '<!-- azure-image-builder:x-yz -->'],
  ])('marks %j as an HTML comment that cannot end early', (key, marker) => {
    expect(commentMarker(key)).toBe(marker)
  })

  it('is found on the first line only', () => {
    const marker = commentMarker('k')
    expect(isMarked(`${marker}\nbody`, marker)).toBe(true)
    expect(isMarked(`\n ${marker}\nbody`, marker)).toBe(true)
    expect(isMarked(`quoting ${marker}`, marker)).toBe(false)
    expect(isMarked(undefined, marker)).toBe(false)
  })
})

describe('commentText', () => {
  const marker = commentMarker('k')

  it('keeps a body that fits, up to the limit exactly', () => {
    const body = 'x'.repeat(MAX_COMMENT_LENGTH - marker.length - 1)
    expect(commentText(marker, body)).toEqual({ text: `${marker}\n${body}`, truncated: false })
  })

  it('cuts on a line end and says so', () => {
    const { text, truncated } = commentText(marker, '| a | b |\n'.repeat(8000))
    expect(truncated).toBe(true)
    expect(text.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH)
    expect(text.startsWith(`${marker}\n| a | b |`)).toBe(true)
    expect(text).toMatch(/\| a \| b \|\n\n---\n_The rest of this comment was cut: GitHub comments/)
  })

  it('closes a ~~~ fence left open, and never splits a surrogate pair', () => {
    const tilde = commentText(marker, `~~~\n${'line\n'.repeat(20000)}`).text
    expect(tilde).toMatch(/line\n~~~\n\n---\n/)
    const emoji = commentText(marker, '🙂'.repeat(40000)).text
    expect(emoji.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH)
    expect(emoji).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/)
  })

  it('adds no fence when the cut falls after a closed block', () => {
    const text = commentText(marker, `\`\`\`\ncode\n\`\`\`\n${'row\n'.repeat(20000)}`).text
    expect(text).toMatch(/row\n\n---\n/)
  })
})
