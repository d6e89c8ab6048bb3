import { describe, expect, it } from '@jest/globals'
import { sasSignatures, scrubSecrets } from '../../../src/model/secrets.ts'

describe('sasSignatures', () => {
  it('finds every sig= value, raw and URL-decoded', () => {
    const uri =
      'https://a.blob.core.windows.net/vhds/x.vhd?sv=2022-11-02&sr=b&sig=abc%2Bdef%3D&se=2026'
    expect(sasSignatures(uri)).toEqual(['abc%2Bdef%3D', 'abc+def='])
    expect(sasSignatures(`see ${uri} and https://b/y?sig=Zz9`)).toEqual([
      'abc%2Bdef%3D',
      'abc+def=',
      'Zz9',
    ])
  })

  it('finds nothing in URLs without a signature', () => {
    expect(sasSignatures('https://a.blob.core.windows.net/vhds/x.vhd')).toEqual([])
    expect(sasSignatures('')).toEqual([])
  })
})

// Strings in the shapes the action really meets: ARM error messages that echo a request, the
// SDK's parse errors quoting a body, Entra form bodies, SAS links in run outputs.
describe('scrubSecrets', () => {
  const jwt =
    'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJhdWQiOiJodHRwczovL21hbmFnZW1lbnQuYXp1cmUuY29tIn0.c2lnbmF0dXJlLXBhcnQ'

  it.each([
    [
      'an echoed Authorization header',
      `Request failed. Authorization: Bearer ${jwt}`,
      'Request failed. Authorization: ***',
    ],
    [
      'an opaque bearer token on its own',
      'token was bearer 0pAque.t0ken-value_123~ (expired)',
      'token was bearer *** (expired)',
    ],
    ['a JSON web token on its own', `assertion ${jwt} rejected`, 'assertion *** rejected'],
    [
      'a client assertion in a form body',
      `grant_type=client_credentials&client_assertion=abc.def-ghi&client_id=x`,
      'grant_type=client_credentials&client_assertion=***&client_id=x',
    ],
    [
      'an access token in JSON',
      '{"token_type":"Bearer","access_token":"opaque-token-value"}',
      '{"token_type":"Bearer","access_token":"***"}',
    ],
    [
      'a SAS signature and signer ids',
      'https://a.blob.core.windows.net/c/x.vhd?sv=2022-11-02&skoid=5b7c41f0-0c59&sktid=72f988bf&sr=b&sig=abc%2Bdef%3D&se=2026',
      'https://a.blob.core.windows.net/c/x.vhd?sv=2022-11-02&skoid=***&sktid=***&sr=b&sig=***&se=2026',
    ],
    [
      'an account key in a connection string',
      'DefaultEndpointsProtocol=https;AccountName=a;AccountKey=bXlrZXk=;EndpointSuffix=core.windows.net',
      'DefaultEndpointsProtocol=https;AccountName=a;AccountKey=***;EndpointSuffix=core.windows.net',
    ],
    [
      'a JSON-escaped SAS parameter',
      '{"uri":"https://a.blob.core.windows.net/c/x?sv=1\\u0026sig=abcDEF%2B1\\u0026se=2"}',
      '{"uri":"https://a.blob.core.windows.net/c/x?sv=1\\u0026sig=***\\u0026se=2"}',
    ],
    [
      'a percent-encoded SAS nested in another URL',
      'https://x/redirect?to=https%3A%2F%2Fa.blob%2Fc%3Fsv%3D1%26sig%3DabcDEF',
      'https://x/redirect?to=https%3A%2F%2Fa.blob%2Fc%3Fsv%3D1%26sig%3D***',
    ],
    ['a SAS query at the very start', 'Sig=abcDEF&se=2', 'Sig=***&se=2'],
    [
      'GitHub tokens',
      'ghs_16C7e42F292c6912E7710c838347Ae178B4a and github_pat_11ABCDEFG0123456789_abcdefghij',
      '*** and ***',
    ],
  ])('hides %s', (_what, text, expected) => {
    expect(scrubSecrets(text)).toBe(expected)
  })

  it('leaves text without secrets alone', () => {
    const text =
      'Creating image template "x" failed: InvalidParameter (HTTP 400, correlation id 3f2a). See https://aka.ms/azvmimagebuilderts?view=all'
    expect(scrubSecrets(text)).toBe(text)
  })
})
