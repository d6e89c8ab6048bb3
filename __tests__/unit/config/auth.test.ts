import { describe, expect, it } from '@jest/globals'
import { parseAuth, parseCloud } from '../../../src/config/auth.ts'
import { IssueList } from '../../../src/config/issues.ts'
import { readerOf } from './temp-workspace.ts'

const CLIENT = '11111111-2222-3333-4444-555555555555'
const TENANT = '66666666-7777-8888-9999-aaaaaaaaaaaa'
const OIDC_ENV = { ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.actions.example/x' }

const problems = (issues: IssueList): string => {
  try {
    issues.throwIfAny()
    return ''
  } catch (e) {
    return (e as Error).message
  }
}

describe('parseAuth', () => {
  it('uses the default credential chain without ids', () => {
    const issues = new IssueList()
    expect(parseAuth(issues, readerOf({}), {}, false)).toEqual({ kind: 'default' })
    expect(issues.count).toBe(0)
  })

  it('uses OIDC with both ids and the token request URL', () => {
    const issues = new IssueList()
    const read = readerOf({ 'client-id': ` ${CLIENT} `, 'tenant-id': TENANT })
    expect(parseAuth(issues, read, OIDC_ENV, false)).toEqual({
      kind: 'oidc',
      clientId: CLIENT,
      tenantId: TENANT,
      audience: 'api://AzureADTokenExchange',
    })
    expect(issues.count).toBe(0)
  })

  it.each([
    ['', 'api://AzureADTokenExchange'],
    ['AzureCloud', 'api://AzureADTokenExchange'],
    ['AzureUSGovernment', 'api://AzureADTokenExchangeUSGov'],
    ['azureusgovernment', 'api://AzureADTokenExchangeUSGov'],
    ['AzureChinaCloud', 'api://AzureADTokenExchangeChina'],
  ])('defaults the audience for environment %j to %s', (environment, audience) => {
    const issues = new IssueList()
    const read = readerOf({ 'client-id': CLIENT, 'tenant-id': TENANT, environment })
    const auth = parseAuth(issues, read, OIDC_ENV, false)
    expect(auth.kind === 'oidc' && auth.audience).toBe(audience)
  })

  it('takes the audience input over the cloud default', () => {
    const issues = new IssueList()
    const read = readerOf({
      'client-id': CLIENT,
      'tenant-id': TENANT,
      environment: 'AzureUSGovernment',
      audience: ' api://custom-exchange ',
    })
    const auth = parseAuth(issues, read, OIDC_ENV, false)
    expect(auth.kind === 'oidc' && auth.audience).toBe('api://custom-exchange')
    expect(issues.count).toBe(0)
  })

  it.each([
    [{ audience: 'api://AzureADTokenExchange' }, 'is used only for OIDC federation'],
    [{ 'client-id': CLIENT, 'tenant-id': TENANT, audience: 'api://a b' }, 'no spaces'],
    [{ 'client-id': CLIENT, 'tenant-id': TENANT, audience: 'x'.repeat(601) }, 'up to 600'],
  ])('refuses %j, naming audience', (inputs, message) => {
    const issues = new IssueList()
    parseAuth(issues, readerOf(inputs), OIDC_ENV, false)
    expect(problems(issues)).toMatch(/^1 input is invalid:\n- `audience`: /)
    expect(problems(issues)).toContain(message)
  })

  it('needs the id-token permission unless this is a dry run', () => {
    const read = readerOf({ 'client-id': CLIENT, 'tenant-id': TENANT })
    const issues = new IssueList()
    parseAuth(issues, read, {}, false)
    expect(problems(issues)).toBe(
      '1 input is invalid:\n- `client-id`: OIDC needs `permissions: id-token: write` in the workflow (no ID token request URL is set)',
    )
    const dry = new IssueList()
    expect(parseAuth(dry, read, {}, true).kind).toBe('oidc')
    expect(dry.count).toBe(0)
  })

  it('asks for tenant-id when only client-id is given', () => {
    const issues = new IssueList()
    parseAuth(issues, readerOf({ 'client-id': CLIENT }), OIDC_ENV, false)
    expect(problems(issues)).toContain(
      '- `tenant-id`: is required with `client-id` for OIDC federation',
    )
    expect(issues.count).toBe(1)
  })

  it('asks for client-id when only tenant-id is given', () => {
    const issues = new IssueList()
    parseAuth(issues, readerOf({ 'tenant-id': TENANT }), OIDC_ENV, false)
    expect(problems(issues)).toContain(
      '- `client-id`: is required with `tenant-id` for OIDC federation',
    )
  })

  it('says when a client id looks masked', () => {
    const issues = new IssueList()
    parseAuth(
      issues,
      readerOf({ 'client-id': '***', 'tenant-id': '72f988bf-86f1-41af-91ab-2d7cd011db47' }),
      OIDC_ENV,
      false,
    )
    expect(problems(issues)).toContain('- `client-id`: "***" looks masked')
  })

  it('rejects ids that are not GUIDs, naming each input', () => {
    const issues = new IssueList()
    parseAuth(
      issues,
      readerOf({ 'client-id': 'my-app', 'tenant-id': 'contoso.onmicrosoft.com' }),
      OIDC_ENV,
      false,
    )
    const message = problems(issues)
    expect(message).toContain(
      '- `client-id`: expected a GUID (the application (client) id), got "my-app"',
    )
    expect(message).toContain(
      '- `tenant-id`: expected a GUID (the directory (tenant) id), got "contoso.onmicrosoft.com"',
    )
  })
})

describe('parseCloud', () => {
  it('defaults to AzureCloud', () => {
    const issues = new IssueList()
    expect(parseCloud(issues, readerOf({}))).toEqual({
      name: 'AzureCloud',
      armEndpoint: 'https://management.azure.com',
      authorityHost: 'https://login.microsoftonline.com',
      customAuthority: false,
    })
    expect(issues.count).toBe(0)
  })

  it('reads the environment case-insensitively and applies overrides', () => {
    const issues = new IssueList()
    const read = readerOf({
      environment: 'azureusgovernment',
      'arm-endpoint': ' https://localhost:9443/ ',
      'authority-host': 'https://localhost:9444',
    })
    expect(parseCloud(issues, read)).toEqual({
      name: 'AzureUSGovernment',
      armEndpoint: 'https://localhost:9443',
      authorityHost: 'https://localhost:9444',
      customAuthority: true,
    })
    expect(issues.count).toBe(0)
  })

  it('rejects an unknown environment and endpoints that are not https URLs', () => {
    const issues = new IssueList()
    parseCloud(
      issues,
      readerOf({
        environment: 'AzureMars',
        'arm-endpoint': 'http://management.example.com',
        'authority-host': 'not a url',
      }),
    )
    const message = problems(issues)
    expect(message).toMatch(/^3 inputs are invalid:/)
    expect(message).toContain(
      '- `environment`: expected one of AzureCloud, AzureUSGovernment, AzureChinaCloud, got "AzureMars"',
    )
    expect(message).toContain('- `arm-endpoint`: expected an https URL')
    expect(message).toContain('- `authority-host`: expected an https URL')
  })
})
