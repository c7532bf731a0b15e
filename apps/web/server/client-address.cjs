'use strict';
/**
 * Which address a request to the portal comes from, for the one X-Forwarded-For the portal passes
 * on to the API. Plain CommonJS: the portal's server (server/main.cjs) loads it before Next starts.
 */
const { BlockList, isIP } = require('node:net');

const MAPPED_IPV4 = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;

/** `::ffff:192.0.2.1` → `192.0.2.1`; anything else as it is. */
function plainAddress(address) {
  const trimmed = address.trim();
  return MAPPED_IPV4.exec(trimmed)?.[1] ?? trimmed;
}

function familyOf(address) {
  return isIP(address) === 6 ? 'ipv6' : 'ipv4';
}

/**
 * The proxies in front of the portal whose X-Forwarded-For it may believe: `loopback` and IP
 * addresses or CIDR ranges, comma-separated (PORTAL_TRUSTED_PROXIES). Empty trusts none.
 * Throws on anything else, naming the variable.
 */
function parseTrustedProxies(value, variable = 'PORTAL_TRUSTED_PROXIES') {
  const list = new BlockList();
  for (const entry of (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    if (entry === 'loopback') {
      list.addSubnet('127.0.0.0', 8, 'ipv4');
      list.addAddress('::1', 'ipv6');
      continue;
    }
    const [address = '', prefix, extra] = entry.split('/');
    const family = isIP(address);
    const bits = prefix === undefined ? (family === 6 ? 128 : 32) : Number(prefix);
    if (!family || extra !== undefined || !/^\d+$/.test(String(bits)) || bits > (family === 6 ? 128 : 32)) {
      throw new Error(
        `Invalid environment variable ${variable}: "${entry}" is not loopback, an IP address or a CIDR range`,
      );
    }
    list.addSubnet(address, bits, family === 6 ? 'ipv6' : 'ipv4');
  }
  return list;
}

/**
 * The client's address: the peer that connected to the portal, unless that peer is a trusted proxy,
 * in which case its X-Forwarded-For is walked from the right past every trusted hop. Whatever a
 * browser wrote into X-Forwarded-For is never believed on its own.
 */
function clientAddress(peer, forwardedFor, trusted) {
  let client = plainAddress(peer ?? '');
  if (!isIP(client)) return 'unknown';
  const hops = (forwardedFor ?? '').split(',').map(plainAddress).filter(Boolean);
  while (trusted.check(client, familyOf(client)) && hops.length > 0) {
    const next = hops.pop();
    if (!isIP(next)) break;
    client = next;
  }
  return client;
}

module.exports = { clientAddress, parseTrustedProxies };
