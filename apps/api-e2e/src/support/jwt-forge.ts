import { createHmac, generateKeyPairSync, sign } from 'node:crypto';

const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Hand-made JWTs, to present the API with tokens it must refuse. */
export const forge = {
  hs256(payload: object, secret: string, header: object = { alg: 'HS256', typ: 'JWT' }): string {
    const unsigned = `${encode(header)}.${encode(payload)}`;
    return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
  },

  unsigned(payload: object): string {
    return `${encode({ alg: 'none', typ: 'JWT' })}.${encode(payload)}.`;
  },

  rs256(payload: object): string {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const unsigned = `${encode({ alg: 'RS256', typ: 'JWT' })}.${encode(payload)}`;
    return `${unsigned}.${sign('RSA-SHA256', Buffer.from(unsigned), privateKey).toString('base64url')}`;
  },

  /** The token's claims, unverified (tests read what the API issued). */
  claims(token: string): Record<string, unknown> {
    return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as Record<
      string,
      unknown
    >;
  },

  /** The same token with one claim changed and the original signature kept. */
  tampered(token: string, changes: object): string {
    const [header, payload, signature] = token.split('.');
    const claims = { ...JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()), ...changes };
    return `${header}.${encode(claims)}.${signature}`;
  },
};
