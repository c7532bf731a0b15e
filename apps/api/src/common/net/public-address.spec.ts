import { ipAddressOf, isPublicAddress } from './public-address';

describe('isPublicAddress', () => {
  it.each([
    '8.8.8.8',
    '1.1.1.1',
    '142.250.74.100',
    '100.63.255.255',
    '100.128.0.0',
    '172.15.255.255',
    '172.32.0.0',
    '192.169.0.1',
    '2607:f8b0:4004:800::200e',
    '2a00:1450:4001:82b::200a',
  ])('accepts the public address %s', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });

  it.each([
    ['unspecified', '0.0.0.0'],
    ['"this network"', '0.1.2.3'],
    ['loopback', '127.0.0.1'],
    ['loopback, anywhere in 127/8', '127.255.0.9'],
    ['private 10/8', '10.20.30.40'],
    ['private 172.16/12', '172.31.255.254'],
    ['private 192.168/16', '192.168.0.1'],
    ['shared address space', '100.64.0.1'],
    ['link-local (cloud metadata)', '169.254.169.254'],
    ['IETF protocol assignments', '192.0.0.8'],
    ['documentation', '192.0.2.1'],
    ['documentation', '198.51.100.7'],
    ['documentation', '203.0.113.9'],
    ['benchmarking', '198.18.0.1'],
    ['6to4 relay', '192.88.99.1'],
    ['multicast', '224.0.0.251'],
    ['reserved', '240.0.0.1'],
    ['broadcast', '255.255.255.255'],
    ['IPv6 unspecified', '::'],
    ['IPv6 loopback', '::1'],
    ['IPv4-mapped loopback', '::ffff:127.0.0.1'],
    ['IPv4-mapped metadata, hex form', '::ffff:a9fe:a9fe'],
    ['IPv4-mapped public (refused: never a real destination)', '::ffff:8.8.8.8'],
    ['IPv4-compatible (deprecated)', '::127.0.0.1'],
    ['NAT64', '64:ff9b::7f00:1'],
    ['unique-local', 'fd12:3456::1'],
    ['unique-local fc00::/8', 'fc00::1'],
    ['link-local', 'fe80::1'],
    ['site-local', 'fec0::1'],
    ['multicast', 'ff02::1'],
    ['documentation', '2001:db8::1'],
    ['Teredo', '2001:0:4136:e378::1'],
    ['6to4', '2002:7f00:1::1'],
    ['discard-only', '100::1'],
    ['not an address', 'localhost'],
    ['not an address', ''],
  ])('refuses %s (%s)', (_kind, address) => {
    expect(isPublicAddress(address)).toBe(false);
  });
});

describe('ipAddressOf', () => {
  it('reads an IP address from a URL host, with or without IPv6 brackets', () => {
    expect(ipAddressOf('127.0.0.1')).toBe('127.0.0.1');
    expect(ipAddressOf('[::1]')).toBe('::1');
    expect(ipAddressOf('[::ffff:7f00:1]')).toBe('::ffff:7f00:1');
    expect(ipAddressOf('push.example.com')).toBeNull();
    expect(ipAddressOf('[push.example.com]')).toBeNull();
  });
});
