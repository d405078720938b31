import { classifyAddress, isAllowedAddress } from '../../src/webhooks/target-address';

describe('webhook target address classification (SSRF)', () => {
  it.each([
    ['8.8.8.8', 'public'],
    ['93.184.216.34', 'public'],
    ['2606:4700:4700::1111', 'public'],
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['::1', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['fc00::1', 'private'],
    ['fd12:3456::1', 'private'],
    ['100.64.0.1', 'cgnat'],
    ['100.127.255.255', 'cgnat'],
    ['169.254.1.1', 'link-local'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['169.254.169.254', 'metadata'],
    ['fd00:ec2::254', 'metadata'],
    ['100.100.100.200', 'metadata'],
    ['224.0.0.1', 'multicast'],
    ['ff02::1', 'multicast'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['255.255.255.255', 'reserved'],
    ['192.0.2.1', 'reserved'],
    ['2001:db8::1', 'reserved'],
    ['not-an-ip', 'invalid'],
  ])('%s is %s', (address, expected) => {
    expect(classifyAddress(address)).toBe(expected);
  });

  it.each([
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:10.1.2.3', 'private'],
    ['::ffff:169.254.169.254', 'metadata'],
    ['::ffff:a9fe:a9fe', 'metadata'],
    ['[::ffff:127.0.0.1]', 'loopback'],
    ['::127.0.0.1', 'loopback'],
    ['64:ff9b::10.0.0.1', 'private'],
    ['64:ff9b::8.8.8.8', 'public'],
    ['2002:a00:1::', 'private'],
    ['::ffff:8.8.8.8', 'public'],
  ])('judges %s by the IPv4 address it carries (%s)', (address, expected) => {
    expect(classifyAddress(address)).toBe(expected);
  });

  it('allows only public addresses unless insecure targets are allowed', () => {
    expect(isAllowedAddress('public', false)).toBe(true);
    for (const cls of ['loopback', 'private', 'cgnat', 'link-local', 'metadata'] as const) {
      expect(isAllowedAddress(cls, false)).toBe(false);
    }
  });

  it('with insecure targets allowed, still refuses link-local, metadata, multicast and unspecified', () => {
    for (const cls of ['loopback', 'private', 'cgnat'] as const) {
      expect(isAllowedAddress(cls, true)).toBe(true);
    }
    for (const cls of ['link-local', 'metadata', 'multicast', 'unspecified', 'reserved'] as const) {
      expect(isAllowedAddress(cls, true)).toBe(false);
    }
  });
});
