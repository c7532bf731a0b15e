import { clientAddress, parseTrustedProxies } from './client-address.cjs';

describe('the client address the portal passes on', () => {
  const none = parseTrustedProxies(undefined);

  it('is the connecting peer when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(clientAddress('203.0.113.7', '198.51.100.1', none)).toBe('203.0.113.7');
    expect(clientAddress('127.0.0.1', '198.51.100.1, 10.0.0.1', none)).toBe('127.0.0.1');
    expect(clientAddress('203.0.113.7', undefined, none)).toBe('203.0.113.7');
  });

  it('reads an IPv4-mapped peer as IPv4', () => {
    expect(clientAddress('::ffff:203.0.113.7', undefined, none)).toBe('203.0.113.7');
  });

  it("walks a trusted proxy's X-Forwarded-For from the right, past every trusted hop only", () => {
    const trusted = parseTrustedProxies('10.0.0.0/8, loopback');
    expect(clientAddress('10.1.2.3', '198.51.100.9', trusted)).toBe('198.51.100.9');
    expect(clientAddress('127.0.0.1', 'spoofed-by-browser, 198.51.100.9, 10.0.0.5', trusted)).toBe(
      '198.51.100.9',
    );
    expect(clientAddress('::1', '6.6.6.6, 198.51.100.9', trusted)).toBe('198.51.100.9');
  });

  it('stops at the trusted proxy itself when its header is empty or not an address', () => {
    const trusted = parseTrustedProxies('10.0.0.1');
    expect(clientAddress('10.0.0.1', undefined, trusted)).toBe('10.0.0.1');
    expect(clientAddress('10.0.0.1', 'not-an-ip', trusted)).toBe('10.0.0.1');
  });

  it('matches IPv6 ranges', () => {
    const trusted = parseTrustedProxies('fd00::/8');
    expect(clientAddress('fd12::1', '2001:db8::7', trusted)).toBe('2001:db8::7');
    expect(clientAddress('2001:db8::1', '2001:db8::7', trusted)).toBe('2001:db8::1');
  });

  it('refuses a setting that is not loopback, an address or a range, naming the variable', () => {
    for (const bad of ['everything', '10.0.0.0/33', '10.0.0.0/8/1', 'fd00::/129', '10.0.0.0/x']) {
      expect(() => parseTrustedProxies(bad)).toThrow(/^Invalid environment variable PORTAL_TRUSTED_PROXIES/);
    }
  });
});
