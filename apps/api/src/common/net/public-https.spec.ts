import dns, { type LookupAddress } from 'node:dns';

import {
  NotPublicDestination,
  publicOnlyLookup,
  sendToPublicHttps,
  whyNotPublicHttpsUrl,
} from './public-https';

describe('whyNotPublicHttpsUrl', () => {
  it.each([
    'https://fcm.googleapis.com/fcm/send/abc',
    'https://updates.push.services.mozilla.com/wpush/v2/abc',
    'https://web.push.apple.com:443/abc',
    'https://8.8.8.8/abc',
    'https://[2607:f8b0:4004:800::200e]/abc',
    'https://push.example.com./abc',
  ])('accepts %s', (url) => {
    expect(whyNotPublicHttpsUrl(url)).toBeNull();
  });

  it.each([
    ['not a URL', 'push service'],
    ['plain http', 'http://fcm.googleapis.com/fcm/send/abc'],
    ['another scheme', 'ftp://fcm.googleapis.com/abc'],
    ['credentials', 'https://user:secret@fcm.googleapis.com/abc'],
    ['another port', 'https://fcm.googleapis.com:8443/abc'],
    ['loopback', 'https://127.0.0.1/abc'],
    ['loopback written as one number', 'https://2130706433/abc'],
    ['loopback in hex', 'https://0x7f.0.0.1/abc'],
    ['IPv6 loopback', 'https://[::1]/abc'],
    ['IPv4-mapped loopback', 'https://[::ffff:127.0.0.1]/abc'],
    ['cloud metadata', 'https://169.254.169.254/latest/meta-data'],
    ['private', 'https://192.168.0.10/abc'],
    ['unique-local', 'https://[fd00::5]/abc'],
    ['link-local IPv6', 'https://[fe80::1]/abc'],
    ['multicast', 'https://239.1.1.1/abc'],
    ['localhost', 'https://localhost/abc'],
    ['localhost with a trailing dot', 'https://localhost./abc'],
    ['a .localhost name', 'https://push.localhost/abc'],
    ['an mDNS name', 'https://printer.local/abc'],
    ['an internal name', 'https://metadata.google.internal/abc'],
    ['a home network name', 'https://router.home.arpa/abc'],
    ['a single-label name', 'https://intranet/abc'],
  ])('refuses %s', (_kind, url) => {
    expect(whyNotPublicHttpsUrl(url)).toEqual(expect.any(String));
  });
});

type LookupCallback = (error: Error | null, addresses: LookupAddress[]) => void;

/** `dns.lookup` answering from a table, as a resolver that an attacker controls could. */
function resolvingTo(answers: Record<string, LookupAddress[]>) {
  return jest
    .spyOn(dns, 'lookup')
    .mockImplementation(((hostname: string, _options: unknown, callback: LookupCallback) =>
      callback(null, answers[hostname] ?? [])) as unknown as typeof dns.lookup);
}

describe('publicOnlyLookup', () => {
  const lookUp = (hostname: string) =>
    new Promise<LookupAddress[]>((resolve, reject) =>
      publicOnlyLookup(hostname, { all: true }, (error, addresses) =>
        error ? reject(error) : resolve(addresses as unknown as LookupAddress[]),
      ),
    );

  afterEach(() => jest.restoreAllMocks());

  it('refuses a name that resolves to loopback (from the hosts file)', async () => {
    await expect(lookUp('localhost')).rejects.toBeInstanceOf(NotPublicDestination);
  });

  it('refuses a name when any of its addresses is not public, and passes an all-public answer on', async () => {
    const answers: Record<string, LookupAddress[]> = {
      'mixed.push.test': [
        { address: '93.184.216.34', family: 4 },
        { address: '10.0.0.7', family: 4 },
      ],
      'public.push.test': [
        { address: '93.184.216.34', family: 4 },
        { address: '2606:2800:220:1:248:1893:25c8:1946', family: 6 },
      ],
    };
    resolvingTo(answers);

    await expect(lookUp('mixed.push.test')).rejects.toThrow(
      'not a public address: mixed.push.test resolves to 10.0.0.7',
    );
    await expect(lookUp('public.push.test')).resolves.toEqual(answers['public.push.test']);
    await expect(lookUp('nothing.push.test')).rejects.toBeInstanceOf(NotPublicDestination);
  });
});

describe('sendToPublicHttps', () => {
  afterEach(() => jest.restoreAllMocks());

  const post = { method: 'POST', headers: {}, body: Buffer.from('x'), timeoutMs: 2_000 };

  it('refuses a non-public URL before resolving or connecting', async () => {
    const lookup = jest.spyOn(dns, 'lookup');
    await expect(sendToPublicHttps('https://169.254.169.254/latest', post)).rejects.toBeInstanceOf(
      NotPublicDestination,
    );
    expect(lookup).not.toHaveBeenCalled();
  });

  it('refuses, as it connects, a public-looking name that resolves to a private address', async () => {
    const lookup = resolvingTo({ 'push.example.com': [{ address: '127.0.0.1', family: 4 }] });

    await expect(sendToPublicHttps('https://push.example.com/abc', post)).rejects.toBeInstanceOf(
      NotPublicDestination,
    );
    expect(lookup).toHaveBeenCalledWith('push.example.com', expect.anything(), expect.any(Function));
  });
});
