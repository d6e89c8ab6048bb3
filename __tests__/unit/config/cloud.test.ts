import { describe, expect, it } from '@jest/globals'
import { CLOUD_NAMES, resolveCloud } from '../../../src/config/cloud.ts'

describe('resolveCloud', () => {
  it('lists the three clouds of the contract', () => {
    expect(CLOUD_NAMES).toEqual(['AzureCloud', 'AzureUSGovernment', 'AzureChinaCloud'])
  })

  it.each([
    ['AzureCloud', 'https://management.azure.com', 'https://login.microsoftonline.com'],
    [
      'AzureUSGovernment',
      'https://management.usgovcloudapi.net',
      'https://login.microsoftonline.us',
    ],
    ['AzureChinaCloud', 'https://management.chinacloudapi.cn', 'https://login.chinacloudapi.cn'],
  ] as const)('knows the endpoints of %s', (name, armEndpoint, authorityHost) => {
    expect(resolveCloud(name, '', '')).toEqual({
      name,
      armEndpoint,
      authorityHost,
      customAuthority: false,
    })
  })

  it('lets arm-endpoint and authority-host override, trimming trailing slashes', () => {
    expect(
      resolveCloud('AzureCloud', 'https://localhost:8443//', 'https://localhost:8444/'),
    ).toEqual({
      name: 'AzureCloud',
      armEndpoint: 'https://localhost:8443',
      authorityHost: 'https://localhost:8444',
      customAuthority: true,
    })
  })

  it('does not treat the known authority with a trailing slash as custom', () => {
    const cloud = resolveCloud('AzureUSGovernment', '', 'https://login.microsoftonline.us/')
    expect(cloud.customAuthority).toBe(false)
    expect(cloud.authorityHost).toBe('https://login.microsoftonline.us')
  })

  it('treats another cloud’s authority as custom', () => {
    expect(
      resolveCloud('AzureChinaCloud', '', 'https://login.microsoftonline.com').customAuthority,
    ).toBe(true)
  })

  it('keeps the named authority when only the ARM endpoint is overridden', () => {
    const cloud = resolveCloud('AzureCloud', 'https://arm.local/', '')
    expect(cloud.armEndpoint).toBe('https://arm.local')
    expect(cloud.authorityHost).toBe('https://login.microsoftonline.com')
    expect(cloud.customAuthority).toBe(false)
  })
})
