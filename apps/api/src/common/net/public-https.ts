import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request } from 'node:https';
import type { LookupFunction } from 'node:net';

import { ipAddressOf, isPublicAddress } from './public-address';

/** Names that never lead to the public internet (RFC 6761, RFC 6762, RFC 8375 and common practice). */
const LOCAL_NAME_SUFFIXES = ['localhost', 'local', 'localdomain', 'internal', 'intranet', 'lan', 'home.arpa'];

/** A request on a user's behalf would have gone somewhere other than the public internet. */
export class NotPublicDestination extends Error {
  constructor(reason: string) {
    super(`not a public address: ${reason}`);
    this.name = 'NotPublicDestination';
  }
}

/**
 * Why `url` is not an https URL of a public host (checked when a user hands one over), or null if it
 * is one: https on the standard port, no credentials, and a host that is a public IP address or a
 * dotted name outside the local-only suffixes. Names are resolved only when sending.
 */
export function whyNotPublicHttpsUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'is not a URL';
  }
  if (parsed.protocol !== 'https:') return 'must use https';
  if (parsed.username || parsed.password) return 'must not carry a user name or password';
  if (parsed.port !== '' && parsed.port !== '443') return 'must use the standard https port';
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  const address = ipAddressOf(host);
  if (address) return isPublicAddress(address) ? null : 'must not be a private, loopback or reserved address';
  const local = LOCAL_NAME_SUFFIXES.some((suffix) => host === suffix || host.endsWith(`.${suffix}`));
  return local || !host.includes('.') ? 'must name a public host' : null;
}

/**
 * Resolves like `dns.lookup`, but fails when any address of the name is not public, so the socket
 * only ever connects to an address that was checked (no window for DNS rebinding between a check
 * and the connection).
 */
export const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, '', 0);
    const refused = addresses.find(({ address }) => !isPublicAddress(address));
    if (refused || addresses.length === 0) {
      const reason = `${hostname} resolves to ${refused?.address ?? 'nothing'}`;
      return callback(Object.assign(new NotPublicDestination(reason), { code: 'ENOTPUBLIC' }), '', 0);
    }
    if (options.all) return (callback as (e: null, all: LookupAddress[]) => void)(null, addresses);
    const [first] = addresses as [LookupAddress];
    callback(null, first.address, first.family);
  });
};

export interface OutgoingPost {
  method: string;
  headers: Record<string, string>;
  body: Buffer;
  timeoutMs: number;
}

/**
 * Sends a request to an https URL on the public internet and answers the response's status (the
 * body is discarded). Refuses, before connecting, a URL that is not public https or a name that
 * resolves to any non-public address: `NotPublicDestination`.
 */
export function sendToPublicHttps(url: string, outgoing: OutgoingPost): Promise<{ status: number }> {
  const refusal = whyNotPublicHttpsUrl(url);
  if (refusal) return Promise.reject(new NotPublicDestination(`the push endpoint ${refusal}`));
  return new Promise((resolve, reject) => {
    const sent = request(
      url,
      {
        method: outgoing.method,
        headers: { ...outgoing.headers, 'content-length': String(outgoing.body.length) },
        lookup: publicOnlyLookup,
        signal: AbortSignal.timeout(outgoing.timeoutMs),
      },
      (response) => {
        response.resume();
        resolve({ status: response.statusCode ?? 0 });
      },
    );
    sent.on('error', (error) => reject(unwrapLookupError(error)));
    sent.end(outgoing.body);
  });
}

/** Happy-eyeballs connects wrap a lookup failure in an AggregateError; the refusal is what matters. */
function unwrapLookupError(error: Error): Error {
  if (error instanceof NotPublicDestination) return error;
  const inner = error instanceof AggregateError ? error.errors : [];
  return inner.find((cause): cause is NotPublicDestination => cause instanceof NotPublicDestination) ?? error;
}
